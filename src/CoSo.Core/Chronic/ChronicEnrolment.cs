using CoSo.Core.People;

namespace CoSo.Core.Chronic;

/// <summary>
/// A resident's place in a station's hypertension or diabetes registry. Closing keeps the row (history); a transfer
/// closes it here and opens one at the receiving station with the original registration date.
/// </summary>
public sealed class ChronicEnrolment : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The station caring for the patient under this enrolment.</summary>
    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public ChronicProgramme Programme { get; set; }

    public EnrolmentStatus Status { get; set; } = EnrolmentStatus.Active;

    /// <summary>First registration for this programme; kept across transfers (cohorts are by this date).</summary>
    public DateOnly RegisteredOn { get; set; }

    public string? DiagnosedBy { get; set; }

    /// <summary>
    /// The ICD-10 code the patient was registered with (I10–I15, E10–E14). The oral type 2 protocol applies to E11 only;
    /// other diabetes codes are flagged for referral. Null on rows from before the column: read as I10 / E11.
    /// </summary>
    public string? DiagnosisCode { get; set; }

    /// <summary>An older person's health status, which individualises the glycaemic target (null = healthy).</summary>
    public OlderAdultHealth? OlderAdultHealth { get; set; }

    public string EffectiveDiagnosisCode => DiagnosisCode ?? (Programme == ChronicProgramme.Hypertension ? "I10" : "E11");

    public int? BaselineSystolic { get; set; }

    public int? BaselineDiastolic { get; set; }

    public decimal? BaselineFastingGlucose { get; set; }

    public decimal? BaselineHbA1c { get; set; }

    public string ProtocolCode { get; set; } = string.Empty;

    /// <summary>Current step of the protocol (1-based).</summary>
    public int ProtocolStep { get; set; } = 1;

    public DateOnly? NextAppointment { get; set; }

    /// <summary>After a refusal, the patient is off the overdue list until this date.</summary>
    public DateOnly? SnoozedUntil { get; set; }

    /// <summary>Unanswered calls (wrong number / unreachable) since the last visit or agreement.</summary>
    public int CallAttempts { get; set; }

    public DateOnly? LastCallOn { get; set; }

    public CallOutcome? LastCallOutcome { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public ClosingReason? ClosingReason { get; set; }

    public Guid? TransferredFromId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;

    public bool IsOverdue(DateOnly today) =>
        Status == EnrolmentStatus.Active && NextAppointment is { } due && due < today && (SnoozedUntil is null || SnoozedUntil <= today);

    public void Close(ClosingReason reason, DateOnly on)
    {
        Status = EnrolmentStatus.Closed;
        ClosingReason = reason;
        ClosedOn = on;
    }

    /// <summary>Applies a call outcome. Death also marks the resident deceased; that is the caller's job.</summary>
    public void ApplyOutcome(CallOutcome outcome, DateOnly today, DateOnly? newAppointment, int refusalDays)
    {
        if (Status != EnrolmentStatus.Active)
        {
            throw new Common.DomainValidationException("enrolmentId", "chronic.enrolment.closed");
        }

        LastCallOn = today;
        LastCallOutcome = outcome;
        switch (outcome)
        {
            case CallOutcome.AgreedToCome:
                if (newAppointment is not { } date || date < today)
                {
                    throw new Common.DomainValidationException("newAppointment", "chronic.appointment.future");
                }

                NextAppointment = date;
                SnoozedUntil = null;
                CallAttempts = 0;
                break;
            case CallOutcome.Moved:
                Close(Chronic.ClosingReason.MovedAway, today);
                break;
            case CallOutcome.Died:
                Close(Chronic.ClosingReason.Died, today);
                break;
            case CallOutcome.Refused:
                SnoozedUntil = today.AddDays(refusalDays);
                break;
            case CallOutcome.WrongNumber or CallOutcome.Unreachable:
                CallAttempts++;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome));
        }
    }
}
