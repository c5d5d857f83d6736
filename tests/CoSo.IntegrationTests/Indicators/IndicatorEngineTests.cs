using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Indicators;

public sealed class IndicatorEngineTests
{
    private static readonly Period October = Period.Month(2026, 10);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task T1_to_T3_are_computed_per_station_and_rolled_up_as_sums(string provider)
    {
        var data = await IndicatorTestData.CreateAsync(provider);

        await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(October));

        var r = await ResultsAsync(data, "2026-10");
        var (a, b, dept, nation) = (data.Org.StationA.Id, data.Org.StationB.Id, data.Org.Department.Id, data.Org.Nation.Id);

        // T1 on 31/10/2026. A's managed residents: P1, P2, P3, P4, P6 (P5 died 15/10, P7 moved away, P8 merged) = 5;
        // valid cards among them: P1 (all 2026), P6 (alive on 31/10) = 2 (P2 expired 30/09, P3 starts 01/11, P4 none).
        Assert.Equal((2, 5), r[("T1", a)]);
        Assert.Equal((1, 2), r[("T1", b)]);   // P9 valid, P10 none
        Assert.Equal((3, 7), r[("T1", dept)]); // sums, not the mean of 40 % and 50 %
        Assert.Equal((3, 7), r[("T1", nation)]);

        // T2 counts residents, from their claims: October's visitors at A are P1, P2, P4 (30/09 is September); at B, P2
        // (counted where the visit took place). No claim was made yet, so the visits' coverage flag alone counts no one
        // (T2 with claims: T2_counts_the_residents_whose_visit_claim_was_accepted_or_is_awaiting_the_answer).
        Assert.Equal((0, 3), r[("T2", a)]);
        Assert.Equal((0, 1), r[("T2", b)]);
        Assert.Equal((0, 4), r[("T2", dept)]);

        // T3 (under health management: a history entry or an examination with vital signs): P1 (history in its record),
        // P4 (no record, but a visit with a BP) = 2 of 5; P2's two empty versions and BP-less visits do not count (P5, P8
        // not managed); B: 0 of 2.
        Assert.Equal((2, 5), r[("T3", a)]);
        Assert.Equal((0, 2), r[("T3", b)]);
        Assert.Equal((2, 7), r[("T3", dept)]);

        var statuses = await data.WithDbAsync((db, _) => db.Set<IndicatorResult>().Where(x => x.OrgUnitId == a).ToDictionaryAsync(x => x.IndicatorCode + "/" + x.Period, x => x.Status));
        Assert.Equal(IndicatorStatus.Ok, statuses["T1/2026-10"]);
        Assert.Equal(IndicatorStatus.Ok, statuses["T4/2026-10"]); // from chronic care (HighRiskTargetT4Tests)
        Assert.Equal(IndicatorStatus.Ok, statuses["T5/2026"]);  // from workforce (WorkforceTargetsTests)
        Assert.Equal(IndicatorStatus.Ok, statuses["T12/2026"]); // from facilities (WorkforceTargetsTests)
        Assert.Equal(IndicatorStatus.NoData, statuses["T9/2026"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_recomputes_only_its_station_and_month_and_the_totals_above(string provider)
    {
        var data = await IndicatorTestData.CreateAsync(provider);
        await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync());
        var before = await data.WithDbAsync((db, _) => db.Set<IndicatorResult>().AsNoTracking().ToDictionaryAsync(x => x.Id, x => (x.IndicatorCode, x.OrgUnitId, x.Period, x.ComputedAt)));
        Assert.Contains(before.Values, v => v.OrgUnitId == data.Org.StationB.Id);
        Assert.Contains(before.Values, v => v.Period == "2026-09");

        data.Time.Advance(TimeSpan.FromMinutes(5));
        var later = data.Time.GetUtcNow();
        await data.WithDbAsync(async (db, _) =>
        {
            var p4 = await db.People.SingleAsync(p => p.Id == data.P4);
            (p4.BhytNumber, p4.BhytValidFrom, p4.BhytValidTo) = (TestPeople.Bhyt(), new DateOnly(2026, 10, 1), new DateOnly(2027, 9, 30));
            return await db.SaveChangesAsync();
        });

        var marks = await data.WithDbAsync((db, _) => db.Set<IndicatorDirtyMark>().Select(m => new { m.OrgUnitId, m.Period, m.Source }).ToListAsync());
        Assert.Equal([new { OrgUnitId = data.Org.StationA.Id, Period = "2026-10", Source = (string?)"Person" }], marks);

        var summary = await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync());
        Assert.Equal(1, summary.Pairs);

        var after = await data.WithDbAsync((db, _) => db.Set<IndicatorResult>().AsNoTracking().ToListAsync());
        var touched = new HashSet<Guid> { data.Org.StationA.Id, data.Org.Department.Id, data.Org.Nation.Id };
        foreach (var row in after.Where(x => before.ContainsKey(x.Id)))
        {
            // Only the indicators that read residents: a card changed, no visit, staff or facility did.
            var expectChanged = touched.Contains(row.OrgUnitId) && row.Period is "2026-10" or "2026-Q4" or "2026" && ReadResidents.Contains(row.IndicatorCode);
            Assert.True(expectChanged ? row.ComputedAt == later : row.ComputedAt == before[row.Id].ComputedAt, $"{row.IndicatorCode} {row.OrgUnitId} {row.Period}");
        }

        // P4 now holds a valid card: A's T1 goes from 2/5 to 3/5, the department from 3/7 to 4/7.
        var r = await ResultsAsync(data, "2026-10");
        Assert.Equal((3, 5), r[("T1", data.Org.StationA.Id)]);
        Assert.Equal((4, 7), r[("T1", data.Org.Department.Id)]);
        Assert.Equal((1, 2), r[("T1", data.Org.StationB.Id)]);
        Assert.Equal(0, await data.WithDbAsync((db, _) => db.Set<IndicatorDirtyMark>().CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visit_recomputes_only_the_indicators_that_read_visits_and_a_posting_those_that_read_staff(string provider)
    {
        var data = await IndicatorTestData.CreateAsync(provider);
        await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync());
        var before = await data.WithDbAsync((db, _) => db.Set<IndicatorResult>().AsNoTracking().Where(x => x.OrgUnitId == data.Org.StationA.Id)
            .ToDictionaryAsync(x => x.IndicatorCode + "/" + x.Period, x => x.ComputedAt));

        data.Time.Advance(TimeSpan.FromMinutes(5));
        await data.WithDbAsync(async (db, sp) =>
        {
            db.Encounters.Add(new CoSo.Core.Encounters.Encounter
            {
                Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = data.Org.StationA.Id, FacilityId = data.Org.StationA.Id, PersonId = data.P4,
                OccurredAt = data.Time.GetUtcNow(), VisitDate = new DateOnly(2026, 10, 20), BhytCovered = true, CreatedAt = data.Time.GetUtcNow(), Version = 1,
            });
            return await db.SaveChangesAsync();
        });
        await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync());
        var after = await data.WithDbAsync((db, _) => db.Set<IndicatorResult>().AsNoTracking().Where(x => x.OrgUnitId == data.Org.StationA.Id)
            .ToDictionaryAsync(x => x.IndicatorCode + "/" + x.Period, x => x.ComputedAt));
        var changed = after.Where(x => !before.TryGetValue(x.Key, out var t) || t != x.Value).Select(x => x.Key).Order(StringComparer.Ordinal).ToList();

        // Visits are read by T2 (BHYT-paid visits), T3 (an examination puts a resident under health management), T4
        // (high-risk checks), the HEARTS control rates of the monthly report, the four visits-by-chapter rows and the
        // yearly check of Resolution 72 (a periodic check or screening visit).
        Assert.Equal(["NCD.dmControlled/2026-10", "NCD.htnControlled/2026-10", "OPD.icdI/2026-10", "OPD.icdIX/2026-10", "OPD.icdOther/2026-10", "OPD.icdX/2026-10",
            "PHC.yearlyCheck/2026-10", "T2/2026-10", "T3/2026-10", "T4/2026-10"], changed);
        var t2 = await ResultsAsync(data, "2026-10");
        Assert.Equal((0, 3), t2[("T2", data.Org.StationA.Id)]); // P4 already visited A in October: still three residents, none claimed

        // A doctor posted at station B: a staff change marks B for the indicators that read staff (T5, T6, T7, HR.cmeOnSchedule).
        data.Time.Advance(TimeSpan.FromMinutes(5));
        await data.WithDbAsync(async (db, _) =>
        {
            var doctor = new CoSo.Core.Workforce.StaffMember
            {
                Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = data.Org.StationB.Id, Cccd = "038090000123", FullName = "Bác sĩ Lê Văn Tâm",
                Sex = Sex.Male, BirthDate = new DateOnly(1985, 3, 1), Cadre = CoSo.Core.Workforce.Cadre.DoctorGeneral,
                EmploymentType = CoSo.Core.Workforce.EmploymentType.Permanent, IsActive = true, CreatedAt = data.Time.GetUtcNow(),
            };
            db.Add(doctor);
            db.Add(new CoSo.Core.Workforce.Posting { Id = Guid.CreateVersion7(), StaffId = doctor.Id, OrgUnitId = data.Org.StationB.Id, Kind = CoSo.Core.Workforce.PostingKind.Regular, Start = new DateOnly(2026, 1, 1) });
            return await db.SaveChangesAsync();
        });
        var marks = await data.WithDbAsync((db, _) => db.Set<IndicatorDirtyMark>().Select(m => m.Source).Distinct().OrderBy(m => m).ToListAsync());
        Assert.Equal(["Posting", "StaffMember"], marks);
        await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync());
        var year = await ResultsAsync(data, "2026");
        Assert.Equal((1, 1), year[("T5", data.Org.StationB.Id)]); // a permanent general doctor on 31/12/2026
        Assert.Equal((0, 1), year[("HR.cmeOnSchedule", data.Org.StationB.Id)]); // no CME hours yet

        // A training record has no station of its own: it marks the worker's station, and the CME measure follows (120 h in 5 years).
        data.Time.Advance(TimeSpan.FromMinutes(5));
        var doctorId = await data.WithDbAsync((db, _) => db.Set<CoSo.Core.Workforce.StaffMember>().IgnoreQueryFilters().Where(s => s.Cccd == "038090000123").Select(s => s.Id).SingleAsync());
        await data.WithDbAsync(async (db, _) =>
        {
            db.Add(new CoSo.Core.Workforce.TrainingRecord
            {
                Id = Guid.CreateVersion7(), StaffId = doctorId, Course = "Y học gia đình", Start = new DateOnly(2026, 3, 1), End = new DateOnly(2026, 6, 30), Hours = 120,
            });
            return await db.SaveChangesAsync();
        });
        var trainingMarks = await data.WithDbAsync((db, _) => db.Set<IndicatorDirtyMark>().Where(m => m.Source == "TrainingRecord").Select(m => m.OrgUnitId).Distinct().ToListAsync());
        Assert.Equal([data.Org.StationB.Id], trainingMarks);
        await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync());
        year = await ResultsAsync(data, "2026");
        Assert.Equal((1, 1), year[("HR.cmeOnSchedule", data.Org.StationB.Id)]);
    }

    /// <summary>The indicators that read residents (a card, a birth, a death, a record, a high-risk factor, the children's register, women and children by age).</summary>
    private static readonly HashSet<string> ReadResidents = ["T1", "T3", "T4", "POP.births", "POP.deaths", "MCH.infantDeaths", "MCH.neonatalDeaths", "MCH.maternalDeaths", "EPI.fullyImmunized", "EPI.mr18", "EPI.hepbBirth24h", "PHC.yearlyCheck", "FP.cpr", "NUT.vitaminA"];

    private static Task<Dictionary<(string, Guid), (long, long)>> ResultsAsync(IndicatorTestData data, string period) =>
        data.WithDbAsync((db, _) => db.Set<IndicatorResult>().AsNoTracking().Where(x => x.Period == period && x.Status == IndicatorStatus.Ok)
            .ToDictionaryAsync(x => (x.IndicatorCode, x.OrgUnitId), x => (x.Numerator, x.Denominator)));
}
