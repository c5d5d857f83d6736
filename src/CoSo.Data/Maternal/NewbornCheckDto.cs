using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

/// <summary>A newborn's check; <see cref="KangarooAdvised"/> when the baby was born under 2,500 g and is not yet in kangaroo care.</summary>
public sealed record NewbornCheckDto(
    Guid Id, Guid BirthOutcomeId, Guid NewbornPersonId, int? WeightGrams, decimal? TemperatureC, NewbornDangerSigns DangerSigns,
    Breastfeeding? Breastfeeding, bool KangarooCare, bool KangarooAdvised, bool Referred);
