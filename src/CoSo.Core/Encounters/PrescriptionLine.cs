using CoSo.Core.People;

namespace CoSo.Core.Encounters;

public sealed class PrescriptionLine : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid EncounterId { get; set; }

    public Guid PersonId { get; set; }

    public string Drug { get; set; } = string.Empty;

    public string? Strength { get; set; }

    /// <summary>Dose and frequency as written (e.g. "1 viên x 1 lần/ngày").</summary>
    public string? Dose { get; set; }

    public decimal Quantity { get; set; }

    public int Days { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
