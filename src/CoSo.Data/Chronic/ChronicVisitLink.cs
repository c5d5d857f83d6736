using CoSo.Core.Chronic;
using CoSo.Core.Encounters;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Chronic;

/// <summary>
/// A visit is the chronic follow-up: when an enrolled patient's visit carries the registry's condition (ICD-10 I10–I15
/// for hypertension, E10–E14 for diabetes, main or secondary), its readings and drugs are the follow-up. The follow-up
/// row is added and the appointment moved in the visit's own SaveChanges, so nothing is entered twice and the overdue
/// list changes at once.
/// </summary>
public sealed class ChronicVisitLink(CoSoDbContext db, ChronicOptions options)
{
    /// <summary>Adds the follow-ups of a new (or corrected) visit to the unit of work; returns them.</summary>
    public async Task<IReadOnlyList<ChronicFollowUp>> ApplyAsync(Encounter visit, ChronicDetails? details, CancellationToken ct = default)
    {
        var programmes = visit.Diagnoses.Select(d => ChronicCodes.ProgrammeOf(d.Code)).OfType<ChronicProgramme>().Distinct().ToList();
        if (programmes.Count == 0)
        {
            return [];
        }

        var enrolments = await db.Set<ChronicEnrolment>()
            .Where(e => e.ProvinceCode == visit.ProvinceCode && e.PersonId == visit.PersonId && e.Status == EnrolmentStatus.Active && programmes.Contains(e.Programme))
            .ToListAsync(ct);
        var linked = await db.Set<ChronicFollowUp>().Where(f => f.ProvinceCode == visit.ProvinceCode && f.EncounterId == visit.Id).Select(f => f.EnrolmentId).ToListAsync(ct);
        var rows = new List<ChronicFollowUp>();
        foreach (var enrolment in enrolments.Where(e => !linked.Contains(e.Id) && e.RegisteredOn <= visit.VisitDate))
        {
            var protocol = options.Plan.Find(enrolment.ProtocolCode) ?? options.Plan.DefaultFor(enrolment.Programme);
            var step = Math.Clamp(details?.ProtocolStep ?? enrolment.ProtocolStep, 1, protocol.Steps.Count);
            var next = visit.FollowUpDate ?? visit.VisitDate.AddDays(protocol.FollowUpDays);
            var row = new ChronicFollowUp
            {
                Id = Guid.CreateVersion7(), ProvinceCode = enrolment.ProvinceCode, OrgUnitId = enrolment.OrgUnitId, PersonId = enrolment.PersonId,
                EnrolmentId = enrolment.Id, EncounterId = visit.Id, VisitDate = visit.VisitDate, FastingGlucose = details?.FastingGlucose,
                HbA1c = details?.HbA1c, Adherence = details?.Adherence ?? Adherence.Unknown, ProtocolStep = step, NextAppointment = next,
                PreviousAppointment = enrolment.NextAppointment,
            };
            db.Add(row);
            rows.Add(row);
            // A late entry of an older visit must not pull back the appointment a later follow-up set.
            var later = await db.Set<ChronicFollowUp>().AnyAsync(f => f.ProvinceCode == enrolment.ProvinceCode && f.EnrolmentId == enrolment.Id && f.VisitDate > visit.VisitDate, ct);
            if (!later)
            {
                enrolment.NextAppointment = next;
            }

            enrolment.ProtocolStep = step;
            enrolment.SnoozedUntil = null;
            enrolment.CallAttempts = 0;
            enrolment.Version++;
        }

        return rows;
    }

    /// <summary>A voided visit is no follow-up: its rows go, and the appointment returns to what the last remaining follow-up set.</summary>
    public async Task UndoAsync(Encounter visit, CancellationToken ct = default)
    {
        var rows = await db.Set<ChronicFollowUp>().Where(f => f.ProvinceCode == visit.ProvinceCode && f.EncounterId == visit.Id).ToListAsync(ct);
        foreach (var row in rows)
        {
            db.Remove(row);
            var enrolment = await db.Set<ChronicEnrolment>().FirstOrDefaultAsync(e => e.ProvinceCode == row.ProvinceCode && e.Id == row.EnrolmentId, ct);
            if (enrolment is null)
            {
                continue;
            }

            // Only the latest follow-up set the current appointment; an older one voided changes nothing.
            var later = await db.Set<ChronicFollowUp>().AnyAsync(f => f.ProvinceCode == row.ProvinceCode && f.EnrolmentId == row.EnrolmentId && f.Id != row.Id && f.VisitDate > row.VisitDate, ct);
            if (!later)
            {
                enrolment.NextAppointment = row.PreviousAppointment ?? enrolment.NextAppointment;
                enrolment.Version++;
            }
        }
    }
}
