using CoSo.Core.Immunization;
using CoSo.Core.Maternal;
using CoSo.Data.People;

namespace CoSo.Data.Maternal;

/// <summary>
/// The pregnancy card (phiếu khám thai): the woman, the dating and what follows from it today, the risk factors, the
/// contacts on the national schedule and on WHO's eight-contact model, the Td schedule, the delivery with its babies
/// and the postnatal visits on their schedule.
/// </summary>
public sealed record PregnancyCard : IPersonReference
{
    public Guid Id { get; init; }

    public Guid PersonId { get; init; }

    public string ProvinceCode { get; init; } = string.Empty;

    public Guid OrgUnitId { get; init; }

    public string FullName { get; init; } = string.Empty;

    public DateOnly? BirthDate { get; init; }

    public int BirthYear { get; init; }

    public string? Phone { get; init; }

    public Guid? VillageId { get; init; }

    public string? VillageName { get; init; }

    public Guid? HouseholdId { get; init; }

    public PregnancyStatus Status { get; init; }

    public DateOnly FirstContactDate { get; init; }

    public DateOnly? LastMenstrualPeriod { get; init; }

    public DateOnly? UltrasoundDate { get; init; }

    public int? UltrasoundGestationDays { get; init; }

    public DateOnly? GivenDeliveryDate { get; init; }

    public int? FirstContactGestationWeeks { get; init; }

    public DatingMethod DatingMethod { get; init; }

    /// <summary>The day gestational age is 0 (the LMP or its equivalent).</summary>
    public DateOnly? PregnancyStart { get; init; }

    public DateOnly? ExpectedDelivery { get; init; }

    /// <summary>Gestational age today (or at the delivery, once delivered).</summary>
    public int? GestationDays { get; init; }

    public string? Gestation { get; init; }

    public int? Trimester { get; init; }

    /// <summary>The woman's age in completed years at the expected delivery (or the first contact when undated).</summary>
    public int AgeAtDelivery { get; init; }

    public int? Gravida { get; init; }

    public int? TermBirths { get; init; }

    public int? PretermBirths { get; init; }

    public int? Abortions { get; init; }

    public int? LivingChildren { get; init; }

    public bool PreviousCaesarean { get; init; }

    public bool Hypertension { get; init; }

    public bool Diabetes { get; init; }

    public bool Anaemia { get; init; }

    public InfectionStatus HivStatus { get; init; }

    public InfectionStatus SyphilisStatus { get; init; }

    public InfectionStatus HepatitisBStatus { get; init; }

    public string? Notes { get; init; }

    public IReadOnlyList<RiskFactor> RiskFactors { get; init; } = [];

    public IReadOnlyList<AntenatalContactDto> Contacts { get; init; } = [];

    public CareProgress? National { get; init; }

    public CareProgress? Who { get; init; }

    public IReadOnlyList<DoseEvaluation> Td { get; init; } = [];

    public StatusSummary? TdStatus { get; init; }

    public DeliveryDto? Delivery { get; init; }

    public CareProgress? Postnatal { get; init; }

    public IReadOnlyList<PostnatalVisitDto> PostnatalVisits { get; init; } = [];

    public DateOnly? EndedOn { get; init; }

    public PregnancyEndReason? EndReason { get; init; }

    public bool ReportedByVillageWorker { get; init; }

    public DateOnly? ConfirmedOn { get; init; }

    public int CallAttempts { get; init; }

    public AncCallOutcome? LastCallOutcome { get; init; }

    public DateOnly? SnoozedUntil { get; init; }

    public int Version { get; init; }

    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People =>
        new[] { (PersonId, ProvinceCode) }.Concat((Delivery?.Babies ?? []).Where(b => b.NewbornPersonId is not null).Select(b => (b.NewbornPersonId!.Value, ProvinceCode)));
}
