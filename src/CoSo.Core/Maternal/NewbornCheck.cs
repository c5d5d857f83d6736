using CoSo.Core.People;

namespace CoSo.Core.Maternal;

/// <summary>A newborn's part of a postnatal visit: weight, temperature, danger signs, feeding and kangaroo care.</summary>
public sealed class NewbornCheck : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    /// <summary>The newborn.</summary>
    public Guid PersonId { get; set; }

    public Guid PostnatalVisitId { get; set; }

    public Guid BirthOutcomeId { get; set; }

    public int? WeightGrams { get; set; }

    public decimal? TemperatureC { get; set; }

    public NewbornDangerSigns DangerSigns { get; set; }

    public Breastfeeding? Breastfeeding { get; set; }

    /// <summary>Skin-to-skin kangaroo mother care in place (for a low-birth-weight baby).</summary>
    public bool KangarooCare { get; set; }

    public bool Referred { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
