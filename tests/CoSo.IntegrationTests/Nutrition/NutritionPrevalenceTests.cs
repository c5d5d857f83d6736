using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.Core.Growth;
using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.Data.Nutrition;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Nutrition;

/// <summary>
/// Underweight, stunting and wasting prevalence (issue 17, item 6) for two communes and their roll-up, on measurements
/// whose classes are set by hand; each child counts once, by the last measurement of the period that assessed the
/// indicator. Every expected pair is worked out in the comments.
/// </summary>
public sealed class NutritionPrevalenceTests
{
    private const WeightForAgeClass N = WeightForAgeClass.Normal;
    private const WeightForAgeClass Uw = WeightForAgeClass.Underweight;
    private const WeightForAgeClass SevUw = WeightForAgeClass.SevereUnderweight;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Prevalence_counts_each_measured_child_once_by_their_last_assessable_measurement_and_rolls_up(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_nut");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await using var sp = Indicators.IndicatorTestData.Services(cs, new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero)));
        Guid c1, c4, c6;
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var (a, b) = (org.StationA, org.StationB);
            // Station A
            c1 = Child(db, a);
            Measure(db, c1, a, "2026-10-05", Uw, LengthForAgeClass.Stunting, WeightForLengthClass.Normal);
            Measure(db, c1, a, "2026-10-25", N, LengthForAgeClass.Stunting, WeightForLengthClass.Normal);            // C1 last: not underweight, stunted
            var c2 = Child(db, a);
            Measure(db, c2, a, "2026-10-10", SevUw, LengthForAgeClass.Normal, WeightForLengthClass.SevereWasting);   // C2 oedema: underweight, wasted
            var c3 = Child(db, a);
            Measure(db, c3, a, "2026-10-12", N, null, null);                                                        // C3 weighed only
            c4 = Child(db, a);
            Measure(db, c4, a, "2026-10-15", null, LengthForAgeClass.SevereStunting, null);                         // C4 WAZ implausible; severely stunted
            var c5 = Child(db, a);
            Measure(db, c5, a, "2026-09-30", Uw, null, null);                                                       // C5 September only
            c6 = Child(db, a);
            Measure(db, c6, a, "2026-10-20", N, LengthForAgeClass.Stunting, WeightForLengthClass.Normal);
            Measure(db, c6, a, "2026-10-28", N, null, null);                                                        // C6 length implausible on 28/10: stunting from 20/10
            var c7 = Child(db, a);
            Measure(db, c7, a, "2026-10-08", N, LengthForAgeClass.Normal, WeightForLengthClass.Overweight);         // C7 overweight is not wasting
            // Station B
            var d1 = Child(db, b);
            Measure(db, d1, b, "2026-10-03", Uw, LengthForAgeClass.Stunting, WeightForLengthClass.Wasting);
            var d2 = Child(db, b);
            Measure(db, d2, b, "2026-10-04", N, LengthForAgeClass.Normal, WeightForLengthClass.Normal);
            await db.SaveChangesAsync();
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var engine = scope.ServiceProvider.GetRequiredService<IndicatorEngine>();
            await engine.RecomputeAllAsync(Period.Month(2026, 10));
            await engine.RecomputeAllAsync(Period.Month(2026, 9));
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var r = await db.Set<IndicatorResult>().AsNoTracking().Where(x => x.IndicatorCode.StartsWith("NUT.") && x.IndicatorCode != "NUT.vitaminA")
                .ToDictionaryAsync(x => (x.IndicatorCode, x.OrgUnitId, x.Period), x => (x.Numerator, x.Denominator));
            var (sa, sb, dept) = (org.StationA.Id, org.StationB.Id, org.Department.Id);

            // Underweight at A in October: assessed C1 (normal on 25/10), C2 (oedema), C3, C6, C7; C4 flagged, C5 September → 1 of 5.
            Assert.Equal((1, 5), r[(NutritionIndicators.Underweight, sa, "2026-10")]);
            // Stunting: C1, C4 (severe), C6 (20/10) of C1, C2, C4, C6, C7 → 3 of 5.
            Assert.Equal((3, 5), r[(NutritionIndicators.Stunting, sa, "2026-10")]);
            // Wasting: C2 of C1, C2, C6 (20/10), C7 → 1 of 4.
            Assert.Equal((1, 4), r[(NutritionIndicators.Wasting, sa, "2026-10")]);
            // B: D1 of D1, D2 for each.
            Assert.Equal((1, 2), r[(NutritionIndicators.Underweight, sb, "2026-10")]);
            Assert.Equal((1, 2), r[(NutritionIndicators.Stunting, sb, "2026-10")]);
            Assert.Equal((1, 2), r[(NutritionIndicators.Wasting, sb, "2026-10")]);
            // The department adds the children: 2/7, 4/7, 2/6.
            Assert.Equal((2, 7), r[(NutritionIndicators.Underweight, dept, "2026-10")]);
            Assert.Equal((4, 7), r[(NutritionIndicators.Stunting, dept, "2026-10")]);
            Assert.Equal((2, 6), r[(NutritionIndicators.Wasting, dept, "2026-10")]);
            // September at A: C5 alone → 1 of 1.
            Assert.Equal((1, 1), r[(NutritionIndicators.Underweight, sa, "2026-09")]);
            Assert.Equal((0, 0), r[(NutritionIndicators.Stunting, sa, "2026-09")]);

            var stunted = await scope.ServiceProvider.GetRequiredService<IndicatorQuery>().ResidentsAsync(NutritionIndicators.Stunting, sa, Period.Month(2026, 10), "numerator", 1, 50);
            Assert.Equal(new[] { c1, c4, c6 }.Order(), stunted.Items.Select(i => i.Id).Order());
            Assert.Equal(3, stunted.Total);
            var measured = await scope.ServiceProvider.GetRequiredService<IndicatorQuery>().ResidentsAsync(NutritionIndicators.Stunting, dept, Period.Month(2026, 10), "denominator", 1, 50);
            Assert.Equal(7, measured.Total);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stunted_childs_weighing_puts_them_on_the_stunting_list_of_their_station_only(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        using var b = await app.LoginAsync("b1");
        var today = VietnamClock.Today(TimeProvider.System);
        var child = (await TestPeople.RegisterAsync(a, new { fullName = TestPeople.UniqueName("Lê Thị"), birthDate = Iso(today.AddDays(-365)), sex = "Female", villageId = app.Org.VillageA1.Id, ethnicityCode = "01" }))
            .GetProperty("id").GetGuid();
        // A girl of 365 days, 7.4 kg, 66.5 cm lying: HAZ −2.91 (stunted), WAZ −1.58 (not underweight), WHZ −0.03.
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/people/{child}/growth", new { measuredOn = Iso(today), weightKg = 7.4m, lengthCm = 66.5m, position = "Lying" }, TestPeople.Json)).StatusCode);

        var period = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        async Task<List<Guid>> List(string code, string part) =>
            (await a.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{code}/residents?orgUnitId={app.Org.StationA.Id}&period={period}&part={part}&pageSize=200", TestPeople.Json))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(child, await List("NUT.stunting", "numerator"));
        Assert.Contains(child, await List("NUT.underweight", "denominator"));
        Assert.DoesNotContain(child, await List("NUT.underweight", "numerator"));
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/indicators/NUT.stunting/residents?orgUnitId={app.Org.StationA.Id}&period={period}&part=numerator")).StatusCode);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Guid Child(CoSoDbContext db, OrgUnit station)
    {
        var name = TestPeople.UniqueName();
        var now = new DateTimeOffset(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);
        var person = new Person
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station.Id, FullName = name, NameKey = TextFolding.Fold(name),
            BirthDate = new DateOnly(2025, 1, 10), BirthYear = 2025, Sex = Sex.Male, CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        db.People.Add(person);
        return person.Id;
    }

    private static void Measure(CoSoDbContext db, Guid child, OrgUnit station, string on, WeightForAgeClass? wfa, LengthForAgeClass? lfa, WeightForLengthClass? wfl)
    {
        var day = DateOnly.Parse(on, CultureInfo.InvariantCulture);
        db.Add(new GrowthMeasurement
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station.Id, PersonId = child, MeasuredOn = day,
            AgeDays = day.DayNumber - new DateOnly(2025, 1, 10).DayNumber, WeightKg = 8m, WeightForAge = wfa, LengthForAge = lfa, WeightForLength = wfl,
            Oedema = wfa == SevUw && wfl == WeightForLengthClass.SevereWasting, CreatedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero),
        });
    }
}
