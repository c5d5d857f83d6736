using CoSo.Core.Chronic;
using CoSo.Data.People;

namespace CoSo.Data.Chronic;

public sealed record EnrolmentDto : IPersonReference
{
    public Guid Id { get; init; }

    public Guid PersonId { get; init; }

    public string ProvinceCode { get; init; } = string.Empty;

    public string? FullName { get; init; }

    public Guid OrgUnitId { get; init; }

    public ChronicProgramme Programme { get; init; }

    public EnrolmentStatus Status { get; init; }

    public DateOnly RegisteredOn { get; init; }

    public string? DiagnosedBy { get; init; }

    public string DiagnosisCode { get; init; } = string.Empty;

    public OlderAdultHealth? OlderAdultHealth { get; init; }

    /// <summary>The protocol does not apply to the diagnosis (diabetes other than type 2): refer, no oral type 2 protocol.</summary>
    public bool NeedsReferral { get; init; }

    public int? BaselineSystolic { get; init; }

    public int? BaselineDiastolic { get; init; }

    public decimal? BaselineFastingGlucose { get; init; }

    public decimal? BaselineHbA1c { get; init; }

    public string ProtocolCode { get; init; } = string.Empty;

    public int ProtocolStep { get; init; }

    public DateOnly? NextAppointment { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public ClosingReason? ClosingReason { get; init; }

    public int Version { get; init; }

    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => [(PersonId, ProvinceCode)];

    public static EnrolmentDto From(ChronicEnrolment e, string? name = null) => new()
    {
        Id = e.Id, PersonId = e.PersonId, ProvinceCode = e.ProvinceCode, FullName = name, OrgUnitId = e.OrgUnitId, Programme = e.Programme,
        Status = e.Status, RegisteredOn = e.RegisteredOn, DiagnosedBy = e.DiagnosedBy, DiagnosisCode = e.EffectiveDiagnosisCode,
        OlderAdultHealth = e.OlderAdultHealth, NeedsReferral = !(ChronicCarePlan.Default.Find(e.ProtocolCode) ?? ChronicCarePlan.Default.DefaultFor(e.Programme)).Covers(e.EffectiveDiagnosisCode),
        BaselineSystolic = e.BaselineSystolic,
        BaselineDiastolic = e.BaselineDiastolic, BaselineFastingGlucose = e.BaselineFastingGlucose, BaselineHbA1c = e.BaselineHbA1c,
        ProtocolCode = e.ProtocolCode, ProtocolStep = e.ProtocolStep, NextAppointment = e.NextAppointment, ClosedOn = e.ClosedOn,
        ClosingReason = e.ClosingReason, Version = e.Version,
    };
}
