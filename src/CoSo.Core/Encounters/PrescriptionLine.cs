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

    /// <summary>The formulary entry; null only for a free-text line, which is a marked exception.</summary>
    public string? DrugCode { get; set; }

    public string? Unit { get; set; }

    public decimal? DosePerTake { get; set; }

    public int? TimesPerDay { get; set; }

    /// <summary>The reason the prescriber gave to prescribe a drug the record lists as an allergy (audited).</summary>
    public string? AllergyOverrideReason { get; set; }

    /// <summary>Units handed out from the station's stock (0 when the patient buys them elsewhere).</summary>
    public decimal DispensedQuantity { get; set; }

    /// <summary>The drug is on the BHYT list (copied from the formulary when prescribed).</summary>
    public bool BhytCovered { get; set; }

    /// <summary>Value of the units dispensed, at the unit prices of the lots they came from (đồng).</summary>
    public decimal DispensedValue { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
