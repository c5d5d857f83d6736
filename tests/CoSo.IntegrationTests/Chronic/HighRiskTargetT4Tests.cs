using CoSo.Core.Encounters;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Encounters;
using CoSo.Data.Indicators;
using CoSo.Data.People;
using CoSo.IntegrationTests.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Chronic;

/// <summary>T4 (high-risk people checked in the last 12 months) computed by the indicator engine, worked out by hand.</summary>
public sealed class HighRiskTargetT4Tests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task T4_counts_high_risk_residents_with_bp_and_glucose_in_the_12_months_to_the_period_end(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_t4");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 5, 3, 0, 0, TimeSpan.Zero));
        await using var sp = IndicatorTestData.Services(cs, time);

        Task<Guid> Resident(TestOrg o, bool stationA, DateOnly birth, params (DateOnly On, int Sys, int Dia, decimal? Glucose)[] visits) =>
            Measured(o, stationA, birth, null, visits);

        async Task<Guid> Measured(TestOrg o, bool stationA, DateOnly birth, (decimal Kg, decimal Cm)? body, params (DateOnly On, int Sys, int Dia, decimal? Glucose)[] visits)
        {
            await using var scope = sp.CreateAsyncScope();
            var person = await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
            {
                FullName = TestPeople.UniqueName(), BirthDate = birth, Sex = Sex.Female,
                OrgUnitId = stationA ? o.StationA.Id : o.StationB.Id,
            });
            foreach (var v in visits)
            {
                await scope.ServiceProvider.GetRequiredService<VisitService>().RecordAsync(person.Id, new VisitInput
                {
                    OccurredAt = new DateTimeOffset(v.On.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero),
                    Systolic = v.Sys, Diastolic = v.Dia, CapillaryGlucoseMmol = v.Glucose, WeightKg = body?.Kg, HeightCm = body?.Cm,
                    Diagnoses = [new DiagnosisInput("Z00.0", true)],
                });
            }

            return person.Id;
        }

        // Period: October 2026, end 31/10/2026; the check window is the 12 months after 31/10/2025 (exclusive).
        // Station A
        await Resident(org, true, new DateOnly(1976, 1, 1), (new DateOnly(2026, 3, 10), 130, 80, 5.5m)); // 50 y: high risk (age), checked
        await Resident(org, true, new DateOnly(1980, 5, 5));                                              // 46 y: high risk, never checked
        await Resident(org, true, new DateOnly(2000, 1, 1));                                              // 26 y, nothing: not high risk
        // QĐ 3087/QĐ-BYT (2020): age ≥ 45, or BMI ≥ 23 with one factor; a raised reading alone is to confirm, not T4.
        await Resident(org, true, new DateOnly(1996, 2, 2), (new DateOnly(2026, 8, 15), 150, 95, null));   // 30 y, raised reading only, BMI unknown: not high risk (confirm list)
        await Measured(org, true, new DateOnly(1995, 3, 3), (60m, 160m), (new DateOnly(2026, 6, 1), 145, 92, null)); // 31 y, BMI 23.4 + raised BP (hypertension factor): high risk, no glucose → unchecked
        await Measured(org, true, new DateOnly(1994, 4, 4), (61.5m, 160m), (new DateOnly(2026, 6, 1), 120, 78, 5.1m)); // 32 y, BMI 24.0, no factor: not high risk (BMI ≥ 25 alone counted before)
        await Measured(org, true, new DateOnly(1993, 5, 5), (66m, 160m), (new DateOnly(2026, 6, 1), 120, 78, 5.1m)); // 33 y, BMI 25.8, no factor: not high risk either
        await Resident(org, true, new DateOnly(1950, 1, 1), (new DateOnly(2025, 10, 31), 120, 80, 5.0m)); // 76 y: checked exactly 12 months before the end → outside, unchecked
        await Resident(org, true, new DateOnly(1960, 6, 1), (new DateOnly(2026, 11, 2), 120, 80, 5.0m));  // 66 y: checked only after the period end → unchecked for October
        // Station B
        await Resident(org, false, new DateOnly(1960, 1, 1), (new DateOnly(2026, 9, 1), 125, 80, 6.0m));  // 66 y: checked
        await Resident(org, false, new DateOnly(1999, 1, 1), (new DateOnly(2026, 9, 1), 118, 76, 5.0m));  // 27 y, normal reading: not high risk
        // A: high risk = 5 (1976, 1980, 1995, 1950, 1960-06), checked = 1 → 1/5. B: 1/1. Department (sum): 2/6.

        var october = Period.Month(2026, 10);
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(october);
        }

        await using var read = sp.CreateAsyncScope();
        var db = read.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var t4 = await db.Set<IndicatorResult>().AsNoTracking().Where(r => r.IndicatorCode == "T4" && r.Period == october.ToString()).ToListAsync();
        (long, long, IndicatorStatus) Of(Guid unit) => t4.Where(r => r.OrgUnitId == unit).Select(r => (r.Numerator, r.Denominator, r.Status)).Single();
        Assert.Equal((1L, 5L, IndicatorStatus.Ok), Of(org.StationA.Id));
        Assert.Equal((1L, 1L, IndicatorStatus.Ok), Of(org.StationB.Id));
        Assert.Equal((2L, 6L, IndicatorStatus.Ok), Of(org.Department.Id));
    }
}
