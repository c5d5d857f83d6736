using CoSo.Core.People;

namespace CoSo.Core.Maternal;

/// <summary>
/// A pregnancy on the station's register, from the first contact (or a village health worker's report) to its outcome:
/// dating, obstetric history, the risk factors known at registration, and the follow-up calls of the antenatal due list.
/// Gestational age, EDD and risk are computed at read time (<see cref="PregnancyDating"/>, <see cref="RiskFactors"/>),
/// so a corrected date re-dates every contact. The Td schedule (immunization) reads the first contact and the EDD.
/// </summary>
public sealed class Pregnancy : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The woman's managing station (scope), copied from the person.</summary>
    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public PregnancyStatus Status { get; set; } = PregnancyStatus.Active;

    /// <summary>The day the pregnancy became known to the health system (first contact, or the village worker's report).</summary>
    public DateOnly FirstContactDate { get; set; }

    public DateOnly? LastMenstrualPeriod { get; set; }

    public DateOnly? UltrasoundDate { get; set; }

    /// <summary>Gestational age measured by that ultrasound, in days (e.g. 12 weeks 3 days = 87).</summary>
    public int? UltrasoundGestationDays { get; set; }

    /// <summary>An expected delivery date as written elsewhere (used when neither an early scan nor the LMP dates it).</summary>
    public DateOnly? ExpectedDeliveryDate { get; set; }

    /// <summary>Weeks of pregnancy estimated at the first contact when nothing else dates it.</summary>
    public int? FirstContactGestationWeeks { get; set; }

    /// <summary>Number of pregnancies including this one (G).</summary>
    public int? Gravida { get; set; }

    /// <summary>PARA: births at term, preterm births, miscarriages and abortions, living children.</summary>
    public int? TermBirths { get; set; }

    public int? PretermBirths { get; set; }

    public int? Abortions { get; set; }

    public int? LivingChildren { get; set; }

    public bool PreviousCaesarean { get; set; }

    public bool Hypertension { get; set; }

    public bool Diabetes { get; set; }

    public bool Anaemia { get; set; }

    public InfectionStatus HivStatus { get; set; }

    public InfectionStatus SyphilisStatus { get; set; }

    public InfectionStatus HepatitisBStatus { get; set; }

    public string? Notes { get; set; }

    public Guid? ReportedByUserId { get; set; }

    public DateOnly? ConfirmedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public PregnancyEndReason? EndReason { get; set; }

    public DateOnly? LastCallOn { get; set; }

    public AncCallOutcome? LastCallOutcome { get; set; }

    public int CallAttempts { get; set; }

    /// <summary>Kept off the due list until this day (agreed to come, or refused for now).</summary>
    public DateOnly? SnoozedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; } = 1;

    Guid? IPersonOwned.SubjectPersonId => PersonId;

    /// <summary>True while the pregnancy is followed (reported or confirmed, no outcome yet).</summary>
    public bool IsOpen => Status is PregnancyStatus.Reported or PregnancyStatus.Active;

    /// <summary>How the pregnancy is dated, from what was recorded.</summary>
    public PregnancyDating Dating => PregnancyDating.From(this);

    /// <summary>
    /// Expected delivery for lists that need one date (the Td schedule): the dating's EDD, else first contact + 280 days
    /// (the worst case: the first contact taken as the LMP).
    /// </summary>
    public DateOnly EstimatedDelivery => Dating.ExpectedDelivery ?? FirstContactDate.AddDays(PregnancyDating.TermDays);

    /// <summary>Days a refusal keeps a woman off the antenatal due list before she is called again.</summary>
    public const int RefusalSnoozeDays = 14;

    /// <summary>
    /// The effect of a call about a due contact: agreed to come keeps her off the list until the agreed day; a refusal
    /// for two weeks; a wrong number or no answer counts an attempt; moving away closes the pregnancy here.
    /// </summary>
    public void ApplyCall(AncCallOutcome outcome, DateOnly today, DateOnly? agreedDate)
    {
        if (!IsOpen)
        {
            throw new Common.DomainValidationException("pregnancyId", "maternal.pregnancy.closed");
        }

        LastCallOn = today;
        LastCallOutcome = outcome;
        switch (outcome)
        {
            case AncCallOutcome.AgreedToCome:
                if (agreedDate is not { } date || date < today)
                {
                    throw new Common.DomainValidationException("agreedDate", "maternal.call.date");
                }

                SnoozedUntil = date;
                CallAttempts = 0;
                break;
            case AncCallOutcome.Refused:
                SnoozedUntil = today.AddDays(RefusalSnoozeDays);
                break;
            case AncCallOutcome.WrongNumber or AncCallOutcome.Unreachable:
                CallAttempts++;
                break;
            case AncCallOutcome.Moved:
                Status = PregnancyStatus.Closed;
                EndReason = PregnancyEndReason.MovedAway;
                EndedOn = today;
                break;
            default:
                throw new Common.DomainValidationException("outcome", "maternal.call.outcome");
        }
    }
}
