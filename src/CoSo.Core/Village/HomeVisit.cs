using CoSo.Core.People;

namespace CoSo.Core.Village;

/// <summary>A village health worker's home visit: what was measured and advised at the resident's home.</summary>
public sealed class HomeVisit : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public Guid? VillageId { get; set; }

    public DateOnly VisitedOn { get; set; }

    public int? Systolic { get; set; }

    public int? Diastolic { get; set; }

    public decimal? GlucoseMmol { get; set; }

    public decimal? WeightKg { get; set; }

    public bool? TookMedicine { get; set; }

    public bool ReferralAdvised { get; set; }

    public string? Notes { get; set; }

    public Guid? RecordedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
