using CoSo.Core.Facilities;
using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.IntegrationTests.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using CoSo.IntegrationTests.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Facilities;

/// <summary>T9 (communes meeting the national criteria) from approved self-assessments, worked out by hand.</summary>
public sealed class CriteriaPassTargetTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task T9_counts_approved_passing_assessments_over_all_stations_and_says_no_data_where_none_is_approved(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_t9");
        var org = await TestDatabase.WithDbAsync(cs, DistrictOrg.SeedAsync);
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 5, 3, 0, 0, TimeSpan.Zero));
        await using var sp = IndicatorTestData.Services(cs, time);
        Guid s4;
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var id = Guid.CreateVersion7();
            s4 = id;
            db.OrgUnits.Add(new OrgUnit
            {
                Id = id, Code = "WF-S4-" + id.ToString("N")[..8], Name = "Đơn vị S4", Kind = OrgUnitKind.CommuneHealthStation, ParentId = org.D1.Id,
                Path = org.D1.Path + id + "/", Depth = org.D1.Depth + 1, ProvinceCode = "38",
            });
            var official = Set(db, "CT-TINH", isExample: false);
            var example = Set(db, "VD-QD4667", isExample: true);

            // Year 2026. District D1 has S1, S2, S4; district D2 has S3.
            Assess(db, org.S1.Id, official, AssessmentStatus.Approved, passed: true);   // approved, passes   → 1/1 with data
            Assess(db, org.S2.Id, official, AssessmentStatus.Approved, passed: false);  // approved, fails    → 0/1 with data
            Assess(db, s4, official, AssessmentStatus.Submitted, passed: true);         // not yet approved   → 0/1 no data of its own
            Assess(db, org.S3.Id, example, AssessmentStatus.Approved, passed: true);    // example set only   → 0/1 no data of its own
            await db.SaveChangesAsync();
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var engine = scope.ServiceProvider.GetRequiredService<IndicatorEngine>();
            await engine.RecomputeAllAsync(Period.Month(2026, 12));
            await engine.RecomputeAllAsync(Period.Month(2027, 3));
        }

        await using var read = sp.CreateAsyncScope();
        var db2 = read.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var results = await db2.Set<IndicatorResult>().AsNoTracking().Where(r => r.IndicatorCode == "T9").ToListAsync();
        (long, long, IndicatorStatus) Of(string period, Guid unit) => results.Where(r => r.Period == period && r.OrgUnitId == unit).Select(r => (r.Numerator, r.Denominator, r.Status)).Single();
        var dept = org.D1.ParentId!.Value;

        Assert.Equal((1L, 1L, IndicatorStatus.Ok), Of("2026", org.S1.Id));
        Assert.Equal((0L, 1L, IndicatorStatus.Ok), Of("2026", org.S2.Id));
        Assert.Equal(IndicatorStatus.NoData, Of("2026", s4).Item3);
        Assert.Equal(IndicatorStatus.NoData, Of("2026", org.S3.Id).Item3);
        // D1: S1 passes; S2 fails; S4 has no approved assessment but D1 has data, so S4 counts as not passing → 1/3.
        Assert.Equal((1L, 3L, IndicatorStatus.Ok), Of("2026", org.D1.Id));
        // D2: its only station has no approved assessment of an official set → no data, not 0 %.
        Assert.Equal(IndicatorStatus.NoData, Of("2026", org.D2.Id).Item3);
        // The department sees all four stations: 1 passing of 4.
        Assert.Equal((1L, 4L, IndicatorStatus.Ok), Of("2026", dept));
        // 2027: no approval for that year anywhere yet → no data at every level.
        Assert.All(new[] { org.S1.Id, org.D1.Id, org.D2.Id, dept }, u => Assert.Equal(IndicatorStatus.NoData, Of("2027", u).Item3));

        var d1 = await read.ServiceProvider.GetRequiredService<IndicatorQuery>().DashboardAsync(org.D1.Id, Period.Month(2026, 12));
        var card = d1.Indicators.Single(c => c.Code == "T9");
        Assert.Equal(IndicatorStatus.Ok, card.Status);
        Assert.Equal(33.33m, card.Value); // 1/3
        var d2 = await read.ServiceProvider.GetRequiredService<IndicatorQuery>().DashboardAsync(org.D2.Id, Period.Month(2026, 12));
        Assert.Equal(IndicatorStatus.NoData, d2.Indicators.Single(c => c.Code == "T9").Status);
        Assert.Null(d2.Indicators.Single(c => c.Code == "T9").Value);
    }

    private static Guid Set(CoSoDbContext db, string code, bool isExample)
    {
        var set = new CriteriaSet
        {
            Id = Guid.CreateVersion7(), Code = code + "-" + Guid.NewGuid().ToString("N")[..6], Name = code, IsExample = isExample, FromYear = 2021, ToYear = 2030,
            DefinitionJson = "{}", ImportedAt = DateTimeOffset.UtcNow,
        };
        db.Add(set);
        return set.Id;
    }

    private static void Assess(CoSoDbContext db, Guid station, Guid setId, AssessmentStatus status, bool passed) => db.Add(new CriteriaAssessment
    {
        Id = Guid.CreateVersion7(), OrgUnitId = station, CriteriaSetId = setId, Year = 2026, Status = status, Points = passed ? 80 : 50, Passed = passed,
        UpdatedAt = DateTimeOffset.UtcNow, ReviewedAt = status == AssessmentStatus.Approved ? DateTimeOffset.UtcNow : null, Version = 2,
    });
}
