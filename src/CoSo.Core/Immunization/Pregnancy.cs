using CoSo.Core.People;

namespace CoSo.Core.Immunization;

/// <summary>
/// The minimum of a pregnancy that the Td schedule needs (a full antenatal record belongs to maternal health).
/// </summary>
public sealed class Pregnancy : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public DateOnly FirstContactDate { get; set; }

    public DateOnly? LastMenstrualPeriod { get; set; }

    public DateOnly? ExpectedDeliveryDate { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;

    /// <summary>Expected delivery: as given, else LMP + 280 days (Naegele), else first contact + 280 days (worst case).</summary>
    public DateOnly EstimatedDelivery => ExpectedDeliveryDate ?? (LastMenstrualPeriod ?? FirstContactDate).AddDays(280);
}
