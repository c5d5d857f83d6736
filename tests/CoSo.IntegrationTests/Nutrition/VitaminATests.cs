using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.Core.Nutrition;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.Data.Nutrition;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Nutrition;

public sealed class VitaminATests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_child_of_the_campaign_gets_the_dose_of_its_age_once_and_a_second_dose_within_four_months_is_refused(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var today = VietnamClock.Today(TimeProvider.System);
        var child = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, birth: today.AddMonths(-8), withCccd: false))).GetProperty("id").GetGuid();

        var list = await a.GetFromJsonAsync<JsonElement>("/api/v1/nutrition/vitamin-a");
        var row = list.EnumerateArray().Single(c => c.GetProperty("personId").GetGuid() == child);
        Assert.Equal((8, 100_000), (row.GetProperty("ageMonths").GetInt32(), row.GetProperty("dueIu").GetInt32()));

        var given = await a.PostAsJsonAsync($"/api/v1/people/{child}/vitamin-a", new { });
        Assert.Equal(HttpStatusCode.Created, given.StatusCode);
        Assert.Equal(100_000, (await given.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("doseIu").GetInt32());
        var again = await a.PostAsJsonAsync($"/api/v1/people/{child}/vitamin-a", new { });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("givenOn", out _));
        row = (await a.GetFromJsonAsync<JsonElement>("/api/v1/nutrition/vitamin-a")).EnumerateArray().Single(c => c.GetProperty("personId").GetGuid() == child);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("dueIu").ValueKind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Coverage_counts_children_6_to_36_months_dosed_in_the_six_months_to_the_period_end(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_vita");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await using var sp = Indicators.IndicatorTestData.Services(cs, new FakeTimeProvider(new DateTimeOffset(2026, 12, 20, 3, 0, 0, TimeSpan.Zero)));
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var a = org.StationA;
            // Period December 2026, end 31/12/2026: ages on that day.
            Dose(db, Child(db, a, new DateOnly(2026, 3, 10)), "2026-12-01");   // 9 months, dosed in December → counted
            Dose(db, Child(db, a, new DateOnly(2025, 1, 5)), "2026-07-02");    // 23 months, dosed 02/07 (within 6 months) → counted
            Dose(db, Child(db, a, new DateOnly(2024, 6, 1)), "2026-06-01");    // 30 months, dosed 01/06 (more than 6 months before) → not
            Child(db, a, new DateOnly(2025, 8, 1));                             // 16 months, never dosed → not
            Dose(db, Child(db, a, new DateOnly(2023, 10, 1)), "2026-12-01");   // 38 months: outside 6–36 → in neither
            Child(db, a, new DateOnly(2026, 8, 1));                             // 4 months: outside → in neither
            await db.SaveChangesAsync();
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 12));
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var r = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<IndicatorResult>().AsNoTracking()
                .SingleAsync(x => x.Period == "2026-12" && x.IndicatorCode == NutritionIndicators.VitaminA && x.OrgUnitId == org.StationA.Id);
            Assert.Equal((2, 4), (r.Numerator, r.Denominator));
        }
    }

    private static Person Child(CoSoDbContext db, Core.Organisation.OrgUnit station, DateOnly birth)
    {
        var name = TestPeople.UniqueName("Trần");
        var now = new DateTimeOffset(2026, 12, 20, 3, 0, 0, TimeSpan.Zero);
        var p = new Person
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station.Id, FullName = name, NameKey = TextFolding.Fold(name),
            BirthDate = birth, BirthYear = birth.Year, Sex = Sex.Male, CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        db.People.Add(p);
        return p;
    }

    private static void Dose(CoSoDbContext db, Person child, string on) => db.Add(new VitaminADose
    {
        Id = Guid.CreateVersion7(), ProvinceCode = child.ProvinceCode, OrgUnitId = child.OrgUnitId, PersonId = child.Id,
        GivenOn = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), DoseIu = 100_000, CreatedAt = DateTimeOffset.UtcNow,
    });
}
