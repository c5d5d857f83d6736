using CoSo.Core.People;

namespace CoSo.Core.Nutrition;

/// <summary>A high-dose vitamin A capsule given to a child (the twice-yearly micronutrient days, or at a visit).</summary>
public sealed class VitaminADose : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public DateOnly GivenOn { get; set; }

    /// <summary>International units: 100,000 for 6–11 months, 200,000 from 12 months.</summary>
    public int DoseIu { get; set; }

    public Guid? GivenByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
