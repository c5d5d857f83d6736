using CoSo.Core.Immunization;
using CoSo.Core.Organisation;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Demo;

/// <summary>
/// The routine immunization history of a demo station's children under 6, simulated with the schedule engine
/// (<see cref="DemoImmunizationHistory"/>): most on time, some late, a few dropping out, so the station's due list
/// and coverage have both. The birth doses of about a third of the children were given at the district hospital
/// where they were born (recorded as given elsewhere); every other dose at the station, by its clinician, from a
/// lot named after the vaccine and the month.
/// </summary>
internal sealed class DemoImmunizationWriter(CoSoDbContext db, Random random, DateOnly today, DateTimeOffset now)
{
    private const string BirthHospital = "Bệnh viện đa khoa huyện";

    public int Doses { get; private set; }

    public async Task WriteAsync(OrgUnit station, Guid? staffUserId, CancellationToken ct)
    {
        var sixYearsAgo = today.AddYears(-6);
        var children = await db.People.AsNoTracking().Unfiltered(UnscopedReason.Seeding)
            .Where(p => p.OrgUnitId == station.Id && p.MergedIntoId == null && !p.IsDeceased && p.BirthDate != null && p.BirthDate > sixYearsAgo)
            .Select(p => new { p.Id, p.ProvinceCode, BirthDate = p.BirthDate!.Value })
            .OrderBy(p => p.Id).ToListAsync(ct);
        var schedule = ImmunizationSchedule.LoadDefault().ForProvince(station.ProvinceCode);
        foreach (var child in children)
        {
            var bornInHospital = random.NextDouble() < 0.35;
            foreach (var dose in DemoImmunizationHistory.Simulate(schedule, random, child.BirthDate, today))
            {
                var elsewhere = bornInHospital && dose.Date <= child.BirthDate.AddDays(2);
                db.Add(new ImmunizationDose
                {
                    Id = Guid.CreateVersion7(), ProvinceCode = child.ProvinceCode, OrgUnitId = station.Id, PersonId = child.Id,
                    Vaccine = dose.Vaccine, DoseNumber = dose.Dose, GivenOn = dose.Date,
                    LotNumber = elsewhere ? null : $"{dose.Vaccine}-{dose.Date:yyMM}", LotExpiry = elsewhere ? null : dose.Date.AddMonths(18),
                    Place = elsewhere ? DosePlace.Elsewhere : DosePlace.ThisStation, PlaceText = elsewhere ? BirthHospital : null,
                    AdministeredByUserId = elsewhere ? null : staffUserId, CreatedAt = now,
                });
                Doses++;
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
