using CoSo.Core.Common;
using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Demo;

/// <summary>
/// Ten weeks of case reports among the demo's residents, so that the line list, the weekly counts and the alerts have
/// something to show: a few cases a week of diarrhoea, influenza, hand-foot-mouth disease and dengue at every station,
/// and a dengue cluster at the third station in the last two weeks. A tenth of the reports arrive after their
/// deadline. Deterministic for a seed, from a random stream of its own.
/// </summary>
internal sealed class DemoSurveillanceWriter(CoSoDbContext db, DemoRandom random, DateOnly today, DateTimeOffset now)
{
    // Disease, mean cases a week at one station.
    private static readonly (string Code, double Weekly)[] Background = [("diarrhoea", 1.5), ("influenza", 1.2), ("hand_foot_mouth", 0.5), ("dengue", 0.3)];

    public int Cases { get; private set; }

    public async Task WriteAsync(DemoOrgTree tree, NotifiableDiseaseCatalogue catalogue, CancellationToken ct)
    {
        for (var i = 0; i < tree.Stations.Count; i++)
        {
            var station = tree.Stations[i].Station;
            var residents = await db.People.Unfiltered(UnscopedReason.Seeding).AsNoTracking()
                .Where(p => p.OrgUnitId == station.Id && !p.IsDeceased).OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.VillageId }).ToListAsync(ct);
            if (residents.Count == 0)
            {
                continue;
            }

            for (var week = 9; week >= 0; week--)
            {
                foreach (var (code, weekly) in Background)
                {
                    var count = Poisson(weekly) + (i == 2 && code == "dengue" && week <= 1 ? random.Next(6, 11) : 0);
                    for (var c = 0; c < count; c++)
                    {
                        var resident = residents[random.Next(residents.Count)];
                        Add(catalogue.FindByCode(code)!, station.Id, station.ProvinceCode, resident.Id, resident.VillageId, week);
                    }
                }
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private void Add(NotifiableDisease disease, Guid stationId, string provinceCode, Guid personId, Guid? villageId, int weeksAgo)
    {
        var onset = today.AddDays(-(7 * weeksAgo) - random.Next(0, 7));
        // Office hours in Vietnam (UTC+7), stored in UTC as PostgreSQL's timestamptz requires.
        var diagnosed = new DateTimeOffset(onset.AddDays(random.Next(0, 3)).ToDateTime(new TimeOnly(random.Next(8, 17), 0)), TimeSpan.FromHours(7)).ToUniversalTime();
        if (diagnosed > now)
        {
            diagnosed = now.ToUniversalTime().AddHours(-1);
            onset = VietnamClock.LocalDate(diagnosed) < onset ? VietnamClock.LocalDate(diagnosed) : onset;
        }

        var reported = random.Chance(0.1) ? diagnosed.AddHours(random.Next(30, 96)) : diagnosed.AddHours(random.Next(1, 20));
        if (reported > now)
        {
            reported = now.ToUniversalTime();
        }

        db.Add(new CaseReport
        {
            Id = random.NextGuid(),
            ProvinceCode = provinceCode,
            OrgUnitId = stationId,
            PersonId = personId,
            VillageId = villageId,
            DiseaseCode = disease.Code,
            Classification = random.Chance(0.3) ? CaseClassification.Confirmed : CaseClassification.Suspected,
            OnsetDate = onset,
            DiagnosedAt = diagnosed,
            ReportedAt = reported,
            ReportedLate = ReportingDeadline.IsLate(disease, diagnosed, reported),
            Hospitalised = random.Chance(0.1),
            Outcome = weeksAgo >= 2 ? CaseOutcome.Recovered : CaseOutcome.UnderTreatment,
            Version = 1,
        });
        Cases++;
    }

    private int Poisson(double mean)
    {
        // Knuth's method: fine for the small means used here.
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }
}
