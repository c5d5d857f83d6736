using CoSo.Core.Surveillance.Cases;
using CoSo.Data.Surveillance;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Surveillance;

public sealed class SurveillanceCountTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Weekly_counts_follow_ISO_weeks_across_the_new_year_and_skip_discarded_cases(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_surv_wk");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await TestDatabase.WithDbAsync(cs, async db =>
        {
            SurveillanceSeed.Cases(db, org.StationA.Id, "measles", new DateOnly(2026, 12, 27), 1); // Sunday: 2026-W52
            SurveillanceSeed.Cases(db, org.StationA.Id, "measles", new DateOnly(2026, 12, 31), 2); // 2026-W53
            SurveillanceSeed.Cases(db, org.StationA.Id, "measles", new DateOnly(2027, 1, 1), 1);   // still 2026-W53
            SurveillanceSeed.Cases(db, org.StationB.Id, "measles", new DateOnly(2027, 1, 3), 1);   // Sunday: 2026-W53
            SurveillanceSeed.Cases(db, org.StationA.Id, "measles", new DateOnly(2027, 1, 4), 1);   // Monday: 2027-W01
            SurveillanceSeed.Cases(db, org.StationA.Id, "measles", new DateOnly(2027, 1, 1), 3, CaseClassification.Discarded);
            return await db.SaveChangesAsync();
        });

        await using var sp = TestDatabase.Services(cs);
        await using var scope = sp.CreateAsyncScope();
        var counts = scope.ServiceProvider.GetRequiredService<SurveillanceCounts>();
        var from = new DateOnly(2026, 12, 21);
        var to = new DateOnly(2027, 1, 10);

        var communes = await counts.WeeklyAsync(AreaLevel.Commune, from, to, "measles");
        Assert.Equal(
            [(org.StationA.Id, "2026-W52", 1), (org.StationA.Id, "2026-W53", 3), (org.StationA.Id, "2027-W01", 1), (org.StationB.Id, "2026-W53", 1)],
            communes.Select(r => (r.OrgUnitId, r.Period, r.Count)).OrderBy(r => r.OrgUnitId == org.StationB.Id).ThenBy(r => r.Period, StringComparer.Ordinal));

        var province = await counts.WeeklyAsync(AreaLevel.Province, from, to, "measles");
        Assert.Equal([("2026-W52", 1), ("2026-W53", 4), ("2027-W01", 1)], province.Select(r => (r.Period, r.Count)));
        Assert.All(province, r => Assert.Equal(org.Department.Id, r.OrgUnitId));

        var daily = await counts.DailyAsync(AreaLevel.Commune, from, to, "measles");
        Assert.Equal(2, daily.Single(r => r.OrgUnitId == org.StationA.Id && r.Period == "2026-12-31").Count);
        Assert.Equal(1, daily.Single(r => r.OrgUnitId == org.StationA.Id && r.Period == "2027-01-01").Count);
    }
}
