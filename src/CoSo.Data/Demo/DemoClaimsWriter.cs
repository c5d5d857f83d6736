using CoSo.Core.Bhyt;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Organisation;
using CoSo.Data.Bhyt;
using CoSo.Data.Encounters;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Demo;

/// <summary>
/// The demo station's BHYT claims (issue 15 item 7): one visit of each branch recorded this month through
/// <see cref="VisitService"/> (so drugs come out of stock at the lot's price, as at the desk) — drugs; a billed test
/// with its result; a chronic refill; a referral out to a hospital named without its facility code (the check
/// flags it: the visit to correct); an appointment paper; an uncovered visit; a card registered at another
/// facility — then the month's claims are made, so the claims page shows them. Seven visits and one refresh.
/// </summary>
public sealed class DemoClaimsWriter(CoSoDbContext db, VisitService visits, ClaimService claims, TimeProvider time)
{
    public const string ReferralHospital = "Bệnh viện Đa khoa tỉnh Thanh Hóa";

    public async Task<int> WriteAsync(OrgUnit station, OrgUnit otherStation, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = VietnamClock.Today(time);
        var adults = await db.People.Where(p => p.OrgUnitId == station.Id && p.MergedIntoId == null && !p.IsDeceased && p.BirthYear <= today.Year - 30 && p.BirthYear >= today.Year - 80)
            .OrderBy(p => p.Id).Take(200).ToListAsync(ct);
        var enrolled = await db.Set<Core.Chronic.ChronicEnrolment>().AsNoTracking().Where(e => e.OrgUnitId == station.Id && e.Status == Core.Chronic.EnrolmentStatus.Active && e.Programme == Core.Chronic.ChronicProgramme.Hypertension)
            .Select(e => e.PersonId).ToListAsync(ct);
        bool Valid(Core.People.Person p) => p.BhytNumber is not null && p.BhytValidFrom <= today && p.BhytValidTo >= today;
        var covered = adults.Where(p => Valid(p) && !enrolled.Contains(p.Id)).Take(6).ToList();
        var chronic = adults.FirstOrDefault(p => Valid(p) && enrolled.Contains(p.Id));
        if (covered.Count < 6 || chronic is null)
        {
            return 0;
        }

        // The uncovered resident has no card; the sixth holds a card registered at the neighbouring station.
        var (uncovered, elsewhere) = (covered[4], covered[5]);
        uncovered.BhytNumber = null;
        uncovered.SocialInsuranceNumber = null;
        uncovered.BhytValidFrom = uncovered.BhytValidTo = null;
        uncovered.BhytFacilityCode = null;
        elsewhere.BhytFacilityCode = otherStation.BhytFacilityCode;
        foreach (var p in new[] { uncovered, elsewhere })
        {
            p.UpdatedAt = now;
            p.Version++;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        static PrescriptionInput Drug(string code, string name, string strength, decimal perTake, int times, int days) =>
            new(name, strength, null, 0, days) { DrugCode = code, DosePerTake = perTake, TimesPerDay = times, Dispense = true };
        var at = 0;
        DateTimeOffset Next() => now.AddMinutes(-15 * (7 - at++));
        var made = new (Guid Person, VisitInput Visit)[]
        {
            (covered[0].Id, new VisitInput
            {
                OccurredAt = Next(), Reason = "Sốt, đau họng", TemperatureC = 38.2m, WeightKg = 54, Diagnoses = [new DiagnosisInput("J06.9", true)],
                Prescriptions = [Drug("PARA500", "Paracetamol", "500 mg", 1, 3, 3), Drug("AMOX500", "Amoxicillin", "500 mg", 1, 2, 5)],
            }),
            (covered[1].Id, new VisitInput
            {
                OccurredAt = Next(), Reason = "Khát nhiều, tiểu nhiều", WeightKg = 68, CapillaryGlucoseMmol = 9.4m, Diagnoses = [new DiagnosisInput("R73.9", true)],
                Disposition = Disposition.FollowUp, FollowUpDate = today.AddDays(7),
            }),
            (chronic.Id, new VisitInput
            {
                OccurredAt = Next(), Reason = "Tái khám, lĩnh thuốc tăng huyết áp", Systolic = 136, Diastolic = 84, WeightKg = 61,
                Diagnoses = [new DiagnosisInput("I10", true)], Prescriptions = [Drug("AMLO5", "Amlodipin", "5 mg", 1, 1, 30)],
                Disposition = Disposition.FollowUp, FollowUpDate = today.AddDays(30),
            }),
            (covered[2].Id, new VisitInput
            {
                OccurredAt = Next(), Reason = "Đau ngực khi gắng sức", WeightKg = 63, Systolic = 150, Diastolic = 95, Diagnoses = [new DiagnosisInput("I20.9", true)],
                Disposition = Disposition.Referred, ReferredTo = ReferralHospital,
            }),
            (covered[3].Id, new VisitInput
            {
                OccurredAt = Next(), Reason = "Đau thượng vị", WeightKg = 58, Diagnoses = [new DiagnosisInput("K29.7", true)],
                Prescriptions = [Drug("OMEP20", "Omeprazol", "20 mg", 1, 1, 14)], Disposition = Disposition.FollowUp, FollowUpDate = today.AddDays(14),
            }),
            (uncovered.Id, new VisitInput { OccurredAt = Next(), Reason = "Đau lưng", WeightKg = 57, Diagnoses = [new DiagnosisInput("M54.5", true)] }),
            (elsewhere.Id, new VisitInput
            {
                OccurredAt = Next(), Reason = "Ho, sổ mũi", TemperatureC = 37.6m, WeightKg = 49, Diagnoses = [new DiagnosisInput("J06.9", true)],
                Prescriptions = [Drug("PARA500", "Paracetamol", "500 mg", 1, 2, 3)],
            }),
        };
        foreach (var (person, visit) in made)
        {
            await visits.RecordAsync(person, visit with { FacilityId = station.Id }, ct: ct);
            db.ChangeTracker.Clear();
        }

        var first = VietnamClock.LocalDate(made.Min(m => m.Visit.OccurredAt!.Value));
        await claims.RefreshAsync(station, new DateOnly(first.Year, first.Month, 1), today, ct);
        db.ChangeTracker.Clear();
        await LastMonthSentAsync(station, new DateOnly(first.Year, first.Month, 1), ct);
        return made.Length;
    }

    /// <summary>
    /// Last month as a station that sends its claims would have it: the clean claims submitted in one batch (through
    /// the gateway, as the claims page does) and accepted, so T2 of last month counts the residents they paid for,
    /// while this month's claims wait to be checked and sent. The gateway's answer is written as its file would be read.
    /// </summary>
    private async Task LastMonthSentAsync(OrgUnit station, DateOnly thisMonth, CancellationToken ct)
    {
        var (from, to) = (thisMonth.AddMonths(-1), thisMonth.AddDays(-1));
        var batch = await claims.SubmitAsync(new ClaimBatchInput(station.Id, from, to), ct);
        db.ChangeTracker.Clear();
        var now = time.GetUtcNow();
        foreach (var c in await db.BhytClaims.Where(c => c.BatchId == batch.Id).ToListAsync(ct))
        {
            (c.Status, c.AnsweredAt, c.UpdatedAt) = (ClaimStatus.Accepted, now, now);
            c.Version++;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
