using CoSo.Core.Maternal;
using CoSo.Data.Maternal;

namespace CoSo.Web.Components.Maternal;

/// <summary>One newborn's part of the postnatal form.</summary>
public sealed class NewbornCheckModel
{
    public Guid BirthOutcomeId { get; init; }

    public string Name { get; init; } = string.Empty;

    public bool LowBirthWeight { get; init; }

    public int? WeightGrams { get; set; }

    public decimal? TemperatureC { get; set; }

    public NewbornDangerSigns DangerSigns { get; set; }

    public Breastfeeding Breastfeeding { get; set; } = Breastfeeding.Exclusive;

    public bool KangarooCare { get; set; }

    public bool Referred { get; set; }

    public NewbornCheckInput ToInput() => new()
    {
        BirthOutcomeId = BirthOutcomeId, WeightGrams = WeightGrams, TemperatureC = TemperatureC, DangerSigns = DangerSigns,
        Breastfeeding = Breastfeeding, KangarooCare = KangarooCare, Referred = Referred || DangerSigns != NewbornDangerSigns.None,
    };
}
