using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators;
using CoSo.Data.Indicators.Population;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Indicators;

/// <summary>T1 and T3 judged on the commune's population (issue 16, item 7), through the importer, the engine and the dashboard.</summary>
public sealed class PopulationDenominatorTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task T1_and_T3_are_judged_on_the_imported_population_with_the_registry_completeness_beside_it(string provider)
    {
        var data = await IndicatorTestData.CreateAsync(provider);
        var (a, b, dept) = (data.Org.StationA, data.Org.StationB, data.Org.Department);

        // The file: A's figure of 2026 (8 people), B's of 2025 (4, serves 2026), one unknown unit, one bad number and a
        // village (a village has no figure of its own: its station's covers it).
        var csv = string.Join('\n',
            "orgUnitCode,year,population,source",
            $"{a.Code},2026,8,Cục Thống kê 2026",
            "TYT-00000,2026,100,x",
            $"{b.Code},2025,4,Cục Thống kê 2025",
            $"{a.Code},2026,abc,x",
            $"{data.Org.VillageA1.Code},2026,5,x");
        var result = await data.WithDbAsync((_, sp) => sp.GetRequiredService<PopulationImporter>().ImportAsync(new CsvStreamReader(new StringReader(csv))));
        Assert.Equal((5L, 2L, 3L), (result.Read, result.Inserted, result.Rejected));
        Assert.Equal([3, 5, 6], result.Errors.Select(e => e.Line).Distinct().Order().ToArray());

        // Re-running the same file changes nothing.
        var again = await data.WithDbAsync((_, sp) => sp.GetRequiredService<PopulationImporter>().ImportAsync(new CsvStreamReader(new StringReader(csv))));
        Assert.Equal((0L, 2L), (again.Inserted, again.Unchanged));

        await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 10)));
        var rows = await data.WithDbAsync((db, _) => db.Set<IndicatorResult>().AsNoTracking().Where(r => r.Period == "2026-10" && (r.IndicatorCode == "T1" || r.IndicatorCode == "T3")).ToListAsync());
        (long, long, long?) Of(string code, Guid unit) => rows.Where(r => r.IndicatorCode == code && r.OrgUnitId == unit).Select(r => (r.Numerator, r.Denominator, r.Population)).Single();

        // IndicatorTestData: A has 5 managed residents, 2 with a valid card on 31/10 and 2 under health management; B 2, 1 and 0.
        // The registry numbers stay; the population is stored beside them: A 8, B 4 (2025's), the department 8 + 4 = 12.
        Assert.Equal((2L, 5L, (long?)8), Of("T1", a.Id));
        Assert.Equal((1L, 2L, (long?)4), Of("T1", b.Id));
        Assert.Equal((3L, 7L, (long?)12), Of("T1", dept.Id));
        Assert.Equal((2L, 5L, (long?)8), Of("T3", a.Id));

        await using var sp = data.Services();
        await using var scope = sp.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IndicatorQuery>();
        var station = (await query.DashboardAsync(a.Id, Period.Month(2026, 10))).Indicators.Single(c => c.Code == "T1");
        // Judged on the population: 2 / 8 = 25 % (the registry share is 40 %); the registry holds 5 of 8 people (62.5 %).
        Assert.Equal(("population", 25.00m, 40.00m, 62.50m), (station.JudgedOn, station.JudgedValue, station.Value, station.RegistryCompleteness));
        Assert.Equal(8, station.PopulationDenominator);
        Assert.Equal("Cục Thống kê 2026", station.PopulationBasis?.Source);
        var department = (await query.DashboardAsync(dept.Id, Period.Month(2026, 10))).Indicators.Single(c => c.Code == "T1");
        Assert.Equal(("population", 25.00m), (department.JudgedOn, department.JudgedValue)); // 3 / 12
        Assert.Equal((2, 2025, 2026), (department.PopulationBasis!.Parts, department.PopulationBasis.FromYear, department.PopulationBasis.ToYear));
        var byStation = department.SubUnits.ToDictionary(s => s.OrgUnitId);
        Assert.Equal(25.00m, byStation[b.Id].JudgedValue); // 1 / 4
        Assert.Equal(50.00m, byStation[b.Id].Value);       // 1 / 2 in the registry

        // T2 (a share of the visitors) has no population.
        Assert.Null((await query.DashboardAsync(a.Id, Period.Month(2026, 10))).Indicators.Single(c => c.Code == "T2").JudgedOn);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_a_figure_for_every_station_the_unit_above_is_judged_on_the_registry(string provider)
    {
        var data = await IndicatorTestData.CreateAsync(provider);
        var csv = $"orgUnitCode,year,population,source\n{data.Org.StationA.Code},2026,8,Cục Thống kê 2026\n";
        await data.WithDbAsync((_, sp) => sp.GetRequiredService<PopulationImporter>().ImportAsync(new CsvStreamReader(new StringReader(csv))));
        await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 10)));

        await using var sp = data.Services();
        await using var scope = sp.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IndicatorQuery>();
        var department = (await query.DashboardAsync(data.Org.Department.Id, Period.Month(2026, 10))).Indicators.Single(c => c.Code == "T1");
        // B has no figure: the department's population would be A's alone, so it is not used; 3 / 7 in the registry.
        Assert.Equal(("registry", 42.86m), (department.JudgedOn, department.JudgedValue));
        Assert.Null(department.PopulationDenominator);
        Assert.Null(department.RegistryCompleteness);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_a_provincial_manager_or_an_administrator_writes_figures_and_every_user_reads_those_of_their_scope(string provider)
    {
        var app = await Apps.Get(provider);
        using var a1 = await app.LoginAsync("a1");
        using var admin = await app.LoginAsync("admin");
        // Year 2091: no other test computes it.
        var url = $"/api/v1/indicators/population/{app.Org.StationA.Id}/2091";
        Assert.Equal(HttpStatusCode.Forbidden, (await a1.PutAsJsonAsync(url, new { population = 5_000, source = "GSO" })).StatusCode);
        var bad = await admin.PutAsJsonAsync(url, new { population = 0, source = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("population", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("source", out _));
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(url, new { population = 5_000, source = "Cục Thống kê" })).StatusCode);

        // 2092 has no figure: 2091's serves it; the station's own user reads it, another station's user gets 404.
        var resolved = await a1.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/population/{app.Org.StationA.Id}/2092", TestPeople.Json);
        Assert.Equal(("own", 5_000L, 2091), (resolved.GetProperty("basis").GetString(), resolved.GetProperty("population").GetInt64(), resolved.GetProperty("fromYear").GetInt32()));
        using var b1 = await app.LoginAsync("b1");
        Assert.Equal(HttpStatusCode.NotFound, (await b1.GetAsync($"/api/v1/indicators/population/{app.Org.StationA.Id}/2092")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync(url)).StatusCode);
    }
}
