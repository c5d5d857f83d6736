using CoSo.Core.Chronic;

namespace CoSo.Data.Encounters;

/// <summary>What the clinician sees beside the visit form: allergies, chronic conditions, the last BP, current medicines.</summary>
public sealed record VisitContext(
    Guid PersonId, string ProvinceCode, string FullName, int Age, string Sex, DateOnly? BirthDate, string? AllergyDrugs, string? AllergyOther,
    IReadOnlyList<ChronicCondition> Conditions, int? LastSystolic, int? LastDiastolic, DateOnly? LastBpOn, decimal? LastWeightKg,
    IReadOnlyList<PrescriptionLineDto> CurrentMedicines, DateOnly? LastPrescriptionOn, IReadOnlyList<PrescriptionLineDto> LastPrescription);

/// <summary>An active chronic enrolment, as the visit form shows it.</summary>
public sealed record ChronicCondition(Guid EnrolmentId, ChronicProgramme Programme, DateOnly? NextAppointment, int ProtocolStep);
