using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.People;

/// <summary>Recording a death (issue 17, item 8): day and cause, chronic programmes closed, the neonatal row of the report.</summary>
public sealed class DeathTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_death_is_recorded_with_its_cause_closes_the_chronic_programme_and_bad_input_changes_nothing(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        using var b = await app.LoginAsync("b1");
        var today = VietnamClock.Today(TimeProvider.System);
        var id = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, birth: new DateOnly(1950, 3, 1)))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/chronic/people/{id}/enrolments", new { programme = "Hypertension", registeredOn = Iso(today.AddMonths(-6)), baselineSystolic = 160, baselineDiastolic = 100 }, TestPeople.Json)).StatusCode);

        async Task<HttpResponseMessage> Death(HttpClient client, string? etag, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/people/{id}/death") { Content = JsonContent.Create(body) };
            if (etag is not null)
            {
                request.Headers.IfMatch.ParseAdd(etag);
            }

            return await client.SendAsync(request);
        }

        // A day after today, and a cause that is not in QĐ 4469's list: each refused on its field.
        var future = await Death(a, "\"1\"", new { diedOn = Iso(today.AddDays(1)) });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await future.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("deceasedOn", out _));
        var unknown = await Death(a, "\"1\"", new { diedOn = Iso(today), causeCode = "X99.99" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("deathCauseCode", out _));
        Assert.Equal(HttpStatusCode.BadRequest, (await Death(a, null, new { diedOn = Iso(today) })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Death(b, "\"1\"", new { diedOn = Iso(today) })).StatusCode);
        var still = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}");
        Assert.False(still.GetProperty("isDeceased").GetBoolean());

        var died = today.AddDays(-3);
        var ok = await Death(a, "\"1\"", new { diedOn = Iso(died), causeCode = "i21.9" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var person = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(person.GetProperty("isDeceased").GetBoolean());
        Assert.Equal(Iso(died), person.GetProperty("deceasedOn").GetString());
        Assert.Equal("I21.9", person.GetProperty("deathCauseCode").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Death(a, "\"1\"", new { diedOn = Iso(today) })).StatusCode);

        var htn = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<ChronicEnrolment>().IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.PersonId == id));
        Assert.Equal((EnrolmentStatus.Closed, ClosingReason.Died, died), (htn.Status, htn.ClosingReason, htn.ClosedOn));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Neonatal_deaths_count_the_first_28_days_of_life_over_the_periods_live_births(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_death");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await using var sp = Indicators.IndicatorTestData.Services(cs, new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero)));
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var a = org.StationA;
            Child(db, a, "2026-10-01", "2026-10-28");   // N1 27 days old (day 0 is the birth day) → neonatal, infant
            Child(db, a, "2026-10-01", "2026-10-29");   // N2 28 days old → infant, not neonatal
            Child(db, a, "2026-10-15", null);           // N3 alive
            Child(db, a, "2026-09-05", "2026-10-02");   // N4 27 days old, born in September → neonatal, not in October's births
            Child(db, a, "2026-10-20", "2026-11-02");   // N5 died in November → not in October's deaths
            await db.SaveChangesAsync();
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 10));
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var r = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<IndicatorResult>().AsNoTracking()
                .Where(x => x.Period == "2026-10").ToDictionaryAsync(x => (x.IndicatorCode, x.OrgUnitId), x => (x.Numerator, x.Denominator));
            // Live births in October: N1, N2, N3, N5 = 4. Neonatal deaths in October: N1, N4 = 2; infant deaths: N1, N2, N4 = 3.
            Assert.Equal((2, 4), r[(ReportIndicators.NeonatalDeaths, org.StationA.Id)]);
            Assert.Equal((3, 4), r[(ReportIndicators.InfantDeaths, org.StationA.Id)]);
            Assert.Equal((2, 4), r[(ReportIndicators.NeonatalDeaths, org.Department.Id)]);
        }
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Child(CoSoDbContext db, OrgUnit station, string born, string? died)
    {
        var name = TestPeople.UniqueName();
        var now = new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
        var birth = DateOnly.Parse(born, CultureInfo.InvariantCulture);
        db.People.Add(new Person
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station.Id, FullName = name, NameKey = TextFolding.Fold(name),
            BirthDate = birth, BirthYear = birth.Year, Sex = Sex.Male, CreatedAt = now, UpdatedAt = now, Version = 1,
            IsDeceased = died is not null, DeceasedOn = died is null ? null : DateOnly.Parse(died, CultureInfo.InvariantCulture),
        });
    }
}
