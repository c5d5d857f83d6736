using CoSo.Core.Common;
using CoSo.Core.Facilities;
using CoSo.Core.Indicators;
using CoSo.Data;
using CoSo.Data.Facilities;
using CoSo.Data.Indicators;
using CoSo.IntegrationTests.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Facilities;

/// <summary>Facility records kept as dated versions: the state on a date, and T8/T12 on the period's end date.</summary>
public sealed class FacilityHistoryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_facility_state_in_force_on_the_period_end_decides_t8_and_t12_and_earlier_versions_stay_readable(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_fach");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 10, 3, 0, 0, TimeSpan.Zero));
        await using var sp = IndicatorTestData.Services(cs, time);
        var (a, b) = (org.StationA.Id, org.StationB.Id);
        static DateOnly D(int y, int m, int d) => new(y, m, d);

        await using (var scope = sp.CreateAsyncScope())
        {
            var svc = scope.ServiceProvider.GetRequiredService<FacilitiesService>();
            // A: from 01/01/2025 solid, water, electricity, BHYT contract since 2024; from 01/07/2026 the water supply fails
            // and the BHYT eligibility is withdrawn. The later version is saved FIRST: the earlier one is back-dated.
            await svc.SaveAsync(a, new FacilityInput(BuildingCondition.Solid, 8, CleanWater: false, Electricity: true, Internet: true, EffectiveFrom: D(2026, 7, 1)));
            await svc.SaveAsync(a, new FacilityInput(BuildingCondition.Solid, 8, CleanWater: true, Electricity: true, Internet: true,
                BhytEligible: true, BhytContractStart: D(2024, 1, 1), EffectiveFrom: D(2025, 1, 1)));
            await svc.AddEquipmentAsync(a, new EquipmentInput("Máy đo huyết áp", 2, EquipmentCondition.Working, D(2024, 6, 1)));
            // B: all standards met from 01/01/2025, but its only working item arrives 01/03/2026.
            await svc.SaveAsync(b, new FacilityInput(BuildingCondition.SemiSolid, 5, CleanWater: true, Electricity: true, Internet: false, EffectiveFrom: D(2025, 1, 1)));
            await svc.AddEquipmentAsync(b, new EquipmentInput("Cân sức khỏe", 1, EquipmentCondition.Working, D(2026, 3, 1)));

            var future = await Assert.ThrowsAsync<DomainValidationException>(() =>
                svc.SaveAsync(b, new FacilityInput(BuildingCondition.Solid, 5, true, true, true, EffectiveFrom: D(2027, 2, 1))));
            Assert.Contains(future.Errors, e => e.Field == "effectiveFrom");

            // Read back: the current record is the latest version (July 2026), not the back-dated one saved last.
            Assert.False((await svc.GetAsync(a))!.CleanWater);
            Assert.Equal(D(2026, 7, 1), (await svc.GetAsync(a))!.EffectiveFrom);
            Assert.True((await svc.GetAsync(a, D(2026, 6, 30)))!.CleanWater);
            Assert.False((await svc.GetAsync(a, D(2026, 7, 1)))!.CleanWater);
            Assert.Null(await svc.GetAsync(a, D(2024, 12, 31)));
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var engine = scope.ServiceProvider.GetRequiredService<IndicatorEngine>();
            await engine.RecomputeAllAsync(Period.Month(2025, 12));
            await engine.RecomputeAllAsync(Period.Month(2026, 12));
        }

        await using var read = sp.CreateAsyncScope();
        var results = await read.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<IndicatorResult>().AsNoTracking().ToListAsync();
        (long, long) Of(string code, string period, Guid unit) => results.Where(r => r.IndicatorCode == code && r.Period == period && r.OrgUnitId == unit).Select(r => (r.Numerator, r.Denominator)).Single();

        // 31/12/2025: A's 2025 version (water, BHYT in force) and a working item since 2024 → T12 1/1, T8 1/1.
        // B meets the building standard but its item arrives in 2026 → T12 0/1; B never BHYT-eligible → T8 0/1.
        Assert.Equal((1L, 1L), Of("T12", "2025", a));
        Assert.Equal((0L, 1L), Of("T12", "2025", b));
        Assert.Equal((1L, 1L), Of("T8", "2025", a));
        Assert.Equal((0L, 1L), Of("T8", "2025", b));
        // 31/12/2026: A's July version (no water, not eligible) → T12 0/1, T8 0/1; B's item has arrived → T12 1/1.
        Assert.Equal((0L, 1L), Of("T12", "2026", a));
        Assert.Equal((1L, 1L), Of("T12", "2026", b));
        Assert.Equal((0L, 1L), Of("T8", "2026", a));
    }
}
