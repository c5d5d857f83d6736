using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.Core.FamilyPlanning;
using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.FamilyPlanning;

public sealed class FamilyPlanningTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_woman_starts_an_injectable_is_due_thirteen_weeks_later_gets_a_supply_and_changing_method_stops_the_first(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var today = VietnamClock.Today(TimeProvider.System);
        var woman = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, birth: new DateOnly(1992, 4, 1), sex: Sex.Female))).GetProperty("id").GetGuid();

        var started = await a.PostAsJsonAsync($"/api/v1/people/{woman}/family-planning", new { method = "Injectable", quantity = 1 }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var use = await started.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ChronicIso(today.AddDays(91)), use.GetProperty("nextSupplyDue").GetString());

        var due = await a.GetFromJsonAsync<JsonElement>("/api/v1/family-planning/due?days=100");
        Assert.Contains(woman, due.EnumerateArray().Select(d => d.GetProperty("personId").GetGuid()));
        Assert.DoesNotContain(woman, (await a.GetFromJsonAsync<JsonElement>("/api/v1/family-planning/due?days=7")).EnumerateArray().Select(d => d.GetProperty("personId").GetGuid()));

        using (var supply = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/people/{woman}/family-planning/{use.GetProperty("id").GetGuid()}/supplies") { Content = JsonContent.Create(new { quantity = 1 }) })
        {
            supply.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            var supplied = await a.SendAsync(supply);
            Assert.Equal(HttpStatusCode.OK, supplied.StatusCode);
            Assert.Equal(2, (await supplied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        }

        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/people/{woman}/family-planning", new { method = "Pill", quantity = 3 }, TestPeople.Json)).StatusCode);
        var list = (await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{woman}/family-planning")).EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        Assert.Equal(("Pill", ChronicIso(today.AddDays(84))), (list[0].GetProperty("method").GetString(), list[0].GetProperty("nextSupplyDue").GetString()));
        Assert.Equal(ChronicIso(today), list[1].GetProperty("stoppedOn").GetString());
        Assert.Equal(2, await TestDatabase.CountAsync<ContraceptiveSupply>(app.ConnectionString, q => q.Where(s => s.PersonId == woman && s.Method == ContraceptiveMethod.Injectable)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_method_for_the_other_sex_is_refused_on_the_method_field_and_another_station_sees_nothing(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        using var b = await app.LoginAsync("b1");
        var man = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, sex: Sex.Male))).GetProperty("id").GetGuid();

        var refused = await a.PostAsJsonAsync($"/api/v1/people/{man}/family-planning", new { method = "Injectable" }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("method", out _));
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/people/{man}/family-planning", new { method = "Condom", quantity = 20 }, TestPeople.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/people/{man}/family-planning")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task New_users_and_the_contraceptive_prevalence_are_counted_as_worked_out_by_hand(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_fp");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await using var sp = Indicators.IndicatorTestData.Services(cs, new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero)));
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var b = org.StationB;
            // W1 born 1990: injectable from 05/10/2026, her first modern method → new user in October, current on 31/10.
            Use(db, Woman(db, b, 1990), ContraceptiveMethod.Injectable, "2026-10-05");
            // W2 born 1985: pills since 2025 → current, not new.
            Use(db, Woman(db, b, 1985), ContraceptiveMethod.Pill, "2025-03-01");
            // W3 born 1980: pills stopped on 30/09 → neither.
            Use(db, Woman(db, b, 1980), ContraceptiveMethod.Pill, "2026-02-01", "2026-09-30");
            // W4 born 1970 (56): IUD → not in the 15–49 population.
            Use(db, Woman(db, b, 1970), ContraceptiveMethod.Iud, "2020-01-01");
            // W5 born 2000: a traditional method → in the population, not a modern user.
            Use(db, Woman(db, b, 2000), ContraceptiveMethod.Traditional, "2026-10-01");
            // W6 born 1992: IUD 2024–06/2026, pills from 10/10/2026 → current, but not new (first modern use in 2024).
            var w6 = Woman(db, b, 1992);
            Use(db, w6, ContraceptiveMethod.Iud, "2024-01-01", "2026-06-01");
            Use(db, w6, ContraceptiveMethod.Pill, "2026-10-10");
            await db.SaveChangesAsync();
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 10));
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var r = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<IndicatorResult>().AsNoTracking()
                .Where(x => x.Period == "2026-10" && x.IndicatorCode.StartsWith("FP.")).ToDictionaryAsync(x => (x.IndicatorCode, x.OrgUnitId), x => (x.Numerator, x.Denominator));
            // Women 15–49 by birth year (1977–2011): W1, W2, W3, W5, W6 = 5; current modern users on 31/10: W1, W2, W6 = 3.
            Assert.Equal((3, 5), r[(ReportIndicators.ContraceptivePrevalence, org.StationB.Id)]);
            Assert.Equal((1, 0), r[(ReportIndicators.FamilyPlanningNewUsers, org.StationB.Id)]);
            Assert.Equal((3, 5), r[(ReportIndicators.ContraceptivePrevalence, org.Department.Id)]);
        }
    }

    private static string ChronicIso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Person Woman(CoSoDbContext db, OrgUnit station, int birthYear)
    {
        var name = TestPeople.UniqueName("Nguyễn Thị");
        var now = new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
        var p = new Person
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station.Id, FullName = name, NameKey = TextFolding.Fold(name),
            BirthYear = birthYear, Sex = Sex.Female, CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        db.People.Add(p);
        return p;
    }

    private static void Use(CoSoDbContext db, Person p, ContraceptiveMethod method, string started, string? stopped = null) =>
        db.Add(new ContraceptiveUse
        {
            Id = Guid.CreateVersion7(), ProvinceCode = p.ProvinceCode, OrgUnitId = p.OrgUnitId, PersonId = p.Id, Method = method,
            StartedOn = DateOnly.Parse(started, System.Globalization.CultureInfo.InvariantCulture),
            StoppedOn = stopped is null ? null : DateOnly.Parse(stopped, System.Globalization.CultureInfo.InvariantCulture), CreatedAt = DateTimeOffset.UtcNow, Version = 1,
        });
}
