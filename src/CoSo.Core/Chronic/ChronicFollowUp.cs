using CoSo.Core.People;

namespace CoSo.Core.Chronic;

/// <summary>
/// What a chronic follow-up adds to the ordinary visit (<see cref="Encounters.Encounter"/> holds BP, capillary glucose
/// and the prescription): lab values, adherence, protocol step and the next appointment.
/// </summary>
public sealed class ChronicFollowUp : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public Guid EnrolmentId { get; set; }

    public Guid EncounterId { get; set; }

    public DateOnly VisitDate { get; set; }

    public decimal? FastingGlucose { get; set; }

    public decimal? HbA1c { get; set; }

    public Adherence Adherence { get; set; }

    public int ProtocolStep { get; set; }

    public DateOnly NextAppointment { get; set; }

    /// <summary>The enrolment's appointment before this follow-up moved it (restored if the visit is voided).</summary>
    public DateOnly? PreviousAppointment { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
