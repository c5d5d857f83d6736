using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Demo;

/// <summary>
/// Enrols the demo's hypertensive and diabetic residents (those with an I10 or E11 visit) in the registries, so the
/// overdue list, the care cards and the HEARTS indicators have data on first start: most were seen recently (a follow-up
/// within the last weeks, appointment ahead), about a third are overdue by days to months.
/// </summary>
internal sealed class DemoChronicWriter(CoSoDbContext db, DemoRandom random, DateOnly today, DateTimeOffset now, DemoClinicalFactory clinical)
{
    public int Enrolled { get; private set; }

    public async Task WriteAsync(OrgUnit station, Guid? staffUserId, CancellationToken ct)
    {
        var plan = ChronicCarePlan.Default;
        var chronicVisits = await db.EncounterDiagnoses.AsNoTracking()
            .Where(d => d.OrgUnitId == station.Id && (d.Code == "I10" || d.Code == "E11"))
            .Join(db.Encounters.AsNoTracking(), d => new { d.ProvinceCode, Id = d.EncounterId }, e => new { e.ProvinceCode, e.Id }, (d, e) => new { d.PersonId, d.Code, e.Id, e.VisitDate, e.Systolic, e.Diastolic })
            .ToListAsync(ct);
        foreach (var group in chronicVisits.GroupBy(v => (v.PersonId, v.Code)))
        {
            var programme = group.Key.Code == "I10" ? ChronicProgramme.Hypertension : ChronicProgramme.Diabetes;
            var protocol = plan.DefaultFor(programme);
            var visits = group.OrderBy(v => v.VisitDate).ToList();
            var first = visits[0];
            var last = visits[^1];
            var enrolment = new ChronicEnrolment
            {
                Id = random.NextGuid(), ProvinceCode = station.ProvinceCode, OrgUnitId = station.Id, PersonId = group.Key.PersonId, Programme = programme,
                RegisteredOn = first.VisitDate, DiagnosedBy = station.Name, BaselineSystolic = first.Systolic, BaselineDiastolic = first.Diastolic,
                ProtocolCode = protocol.Code, ProtocolStep = random.Chance(0.3) ? 2 : 1, CreatedAt = now, Version = 1,
            };
            db.Add(enrolment);
            foreach (var v in visits)
            {
                db.Add(FollowUp(enrolment, v.Id, v.VisitDate, protocol.FollowUpDays));
            }

            enrolment.NextAppointment = last.VisitDate.AddDays(protocol.FollowUpDays);
            // About half came back lately: a follow-up visit in the last 25 days, with the drugs of the step.
            if (enrolment.NextAppointment < today && random.Chance(0.45))
            {
                var person = await db.People.AsNoTracking().FirstAsync(p => p.ProvinceCode == station.ProvinceCode && p.Id == group.Key.PersonId, ct);
                var visit = clinical.FollowUpVisit(person, station.Id, staffUserId, group.Key.Code, today.AddDays(-random.Next(1, 26)));
                db.Encounters.Add(visit);
                db.Add(FollowUp(enrolment, visit.Id, visit.VisitDate, protocol.FollowUpDays));
                enrolment.NextAppointment = visit.VisitDate.AddDays(protocol.FollowUpDays);
            }

            Enrolled++;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private ChronicFollowUp FollowUp(ChronicEnrolment e, Guid visitId, DateOnly on, int days) => new()
    {
        Id = random.NextGuid(), ProvinceCode = e.ProvinceCode, OrgUnitId = e.OrgUnitId, PersonId = e.PersonId, EnrolmentId = e.Id, EncounterId = visitId,
        VisitDate = on, Adherence = random.Chance(0.7) ? Adherence.Good : Adherence.Partial, ProtocolStep = e.ProtocolStep, NextAppointment = on.AddDays(days),
    };
}
