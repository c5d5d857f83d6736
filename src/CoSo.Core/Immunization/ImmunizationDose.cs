using CoSo.Core.People;

namespace CoSo.Core.Immunization;

/// <summary>
/// A dose given to a resident. Validity is not stored: the schedule engine decides it at read time, so a corrected
/// birth date or a dose entered late re-evaluates every dose.
/// </summary>
public sealed class ImmunizationDose : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The station managing the resident (scope), copied from the person.</summary>
    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>One of <see cref="VaccineCodes"/>.</summary>
    public string Vaccine { get; set; } = string.Empty;

    /// <summary>Dose number as written in the register; the engine assigns doses by date order.</summary>
    public int DoseNumber { get; set; }

    public DateOnly GivenOn { get; set; }

    /// <summary>Local time of the dose in Vietnam, when recorded (the HepB birth dose's 24-hour rule needs it).</summary>
    public TimeOnly? GivenTime { get; set; }

    public string? LotNumber { get; set; }

    public DateOnly? LotExpiry { get; set; }

    /// <summary>Injection site or route note, e.g. "đùi trái" (left thigh), "uống" (oral).</summary>
    public string? Site { get; set; }

    public Guid? AdministeredByUserId { get; set; }

    public DosePlace Place { get; set; } = DosePlace.ThisStation;

    /// <summary>Where a dose given elsewhere was given (hospital, other commune, private clinic).</summary>
    public string? PlaceText { get; set; }

    public Guid? SessionId { get; set; }

    /// <summary>Why a dose outside the allowed window was recorded anyway.</summary>
    public string? OverrideReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
