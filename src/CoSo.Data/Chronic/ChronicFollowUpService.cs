using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Data.Encounters;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Chronic;

/// <summary>A follow-up is an ordinary visit (BP, capillary glucose, prescription) plus a thin chronic row, in one transaction.</summary>
public sealed class ChronicFollowUpService(CoSoDbContext db, VisitService visits, ChronicOptions options)
{
    public async Task<FollowUpResult> RecordAsync(Guid enrolmentId, FollowUpInput input, CancellationToken ct = default)
    {
        var enrolment = await db.FindEnrolmentAsync(enrolmentId, ct);
        if (enrolment.Status != EnrolmentStatus.Active)
        {
            throw new DomainValidationException("enrolmentId", "chronic.enrolment.closed");
        }

        var protocol = options.Plan.Find(enrolment.ProtocolCode) ?? options.Plan.DefaultFor(enrolment.Programme);
        var suggested = protocol.SuggestStep(enrolment.ProtocolStep, input.Systolic, input.Diastolic, input.FastingGlucose, input.HbA1c);
        var step = Math.Clamp(input.ProtocolStep ?? suggested, 1, protocol.Steps.Count);
        var prescriptions = input.Prescriptions
            ?? protocol.Steps[step - 1].Drugs.Select(d => new PrescriptionInput(d.Name, d.Strength, d.Dose, d.PerDay * input.Days, input.Days)).ToList();
        var code = enrolment.Programme == ChronicProgramme.Hypertension ? "I10" : "E11";

        // The visit is the follow-up: VisitService links it to the enrolment (ChronicVisitLink) in its own SaveChanges.
        var visit = await visits.RecordAsync(enrolment.PersonId, new VisitInput
        {
            OccurredAt = input.OccurredAt,
            FacilityId = enrolment.OrgUnitId,
            Reason = enrolment.Programme == ChronicProgramme.Hypertension ? "Tái khám tăng huyết áp" : "Tái khám đái tháo đường",
            Systolic = input.Systolic,
            Diastolic = input.Diastolic,
            CapillaryGlucoseMmol = input.CapillaryGlucoseMmol,
            WeightKg = input.WeightKg,
            Notes = input.Notes,
            FollowUpDate = input.NextAppointment,
            Diagnoses = [new DiagnosisInput(code, true)],
            Prescriptions = prescriptions,
        }, new ChronicDetails(input.Adherence, input.FastingGlucose, input.HbA1c, step), ct);
        var row = await db.Set<ChronicFollowUp>().AsNoTracking().FirstAsync(f => f.ProvinceCode == enrolment.ProvinceCode && f.EncounterId == visit.Id && f.EnrolmentId == enrolment.Id, ct);
        var next = row.NextAppointment;
        return new FollowUpResult(row.Id, enrolment.Id, visit, step, suggested, next);
    }
}
