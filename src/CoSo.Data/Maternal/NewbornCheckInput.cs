using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

public sealed record NewbornCheckInput
{
    public Guid BirthOutcomeId { get; init; }

    public int? WeightGrams { get; init; }

    public decimal? TemperatureC { get; init; }

    public NewbornDangerSigns DangerSigns { get; init; }

    public Breastfeeding? Breastfeeding { get; init; }

    public bool KangarooCare { get; init; }

    public bool Referred { get; init; }
}
