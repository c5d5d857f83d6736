// Firely's model is nullable-annotated throughout (every FHIR element is optional): these tests assert the values
// themselves, so a null fails the assertion rather than needing a `!` at every step.
#nullable disable warnings
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

using Immunization = Hl7.Fhir.Model.Immunization;

/// <summary><c>_lastUpdated</c> with prefixes and <c>_sort</c> (date, -date, _lastUpdated) on keyset pages.</summary>
public sealed class FhirSortTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Visits_sort_by_date_both_ways_and_page_on_the_sort_key_under_inserts(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var person = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();

        // Recorded in this order (ids ascending), so id order is not date order: 1 March, 15 January, 10 June.
        var march = await VisitAsync(http, person, "2026-03-01T08:00:00+07:00", "I10");
        var january = await VisitAsync(http, person, "2026-01-15T09:30:00+07:00", "E11.9");
        var june = await VisitAsync(http, person, "2026-06-10T14:00:00+07:00", "J06.9");

        var ascending = await fhir.SearchAsync<Encounter>([$"patient={person}", "_sort=date"]);
        Assert.Equal([january, march, june], Ids(ascending));
        Assert.Contains("_sort=date", ascending.SelfLink.ToString(), StringComparison.Ordinal);
        FhirValidation.AssertValidBundle(ascending);
        Assert.Equal([june, march, january], Ids(await fhir.SearchAsync<Encounter>([$"patient={person}", "_sort=-date"])));
        Assert.Equal([march, january, june], Ids(await fhir.SearchAsync<Encounter>([$"patient={person}"]))); // id order by default

        // One per page, newest first; between pages a visit of 1 February (after the cursor in this order: served once)
        // and one of 1 July (before it: not served) are recorded.
        var seen = new List<string>();
        string february = null, july = null;
        var page = await fhir.SearchAsync<Encounter>([$"patient={person}", "_sort=-date"], pageSize: 1);
        Assert.Equal(3, page.Total);
        while (page is not null)
        {
            seen.AddRange(Ids(page));
            if (seen.Count == 1)
            {
                february = await VisitAsync(http, person, "2026-02-01T10:00:00+07:00", "I10");
                july = await VisitAsync(http, person, "2026-07-01T10:00:00+07:00", "I10");
            }

            page = page.NextLink is null ? null : await fhir.ContinueAsync(page);
        }

        Assert.Equal([june, march, february, january], seen);
        Assert.DoesNotContain(july, seen);

        // Conditions sort on their visit's time; the date filter and the sort combine.
        var conditions = await fhir.SearchAsync<Condition>([$"patient={person}", "_sort=date", "date=le2026-06"]);
        Assert.Equal(["E11.9", "I10", "I10", "J06.9"], conditions.Entry.Select(e => ((Condition)e.Resource).Code.Coding[0].Code));
        Assert.Equal([january, february, march, june], conditions.Entry.Select(e => ((Condition)e.Resource).Encounter.Reference["Encounter/".Length..]));
        FhirValidation.AssertValidBundle(conditions);

        // Observations: two a visit (bp panel, heart rate), newest visit first, three a page: every one exactly once, in order.
        var observations = new List<string>();
        var obs = await fhir.SearchAsync<Observation>([$"patient={person}", "_sort=-date", "date=le2026-06"], pageSize: 3);
        Assert.Equal(8, obs.Total);
        while (obs is not null)
        {
            Assert.True(obs.Entry.Count <= 3);
            FhirValidation.AssertValidBundle(obs);
            observations.AddRange(Ids(obs));
            obs = obs.NextLink is null ? null : await fhir.ContinueAsync(obs);
        }

        Assert.Equal(new[] { june, march, february, january }.SelectMany(v => new[] { v + "-bp", v + "-heartrate" }), observations);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Doses_sort_by_the_day_given(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var born = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-3);
        var child = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, birth: born, withCccd: false))).GetProperty("id").GetString();
        // BCG (day 5) recorded before the birth dose of hepatitis B (day 1).
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "BCG", givenOn = born.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "HepB-birth", givenOn = born.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })).StatusCode);

        string Vaccine(Bundle.EntryComponent e) => ((Immunization)e.Resource).VaccineCode.Coding[0].Code;
        var byDay = await fhir.SearchAsync<Immunization>([$"patient={child}", "_sort=date"], pageSize: 1);
        var first = Vaccine(Assert.Single(byDay.Entry));
        var second = Vaccine(Assert.Single((await fhir.ContinueAsync(byDay)).Entry));
        Assert.Equal(("HepB-birth", "BCG"), (first, second));
        Assert.Equal(["BCG", "HepB-birth"], (await fhir.SearchAsync<Immunization>([$"patient={child}", "_sort=-date"])).Entry.Select(Vaccine));
        Assert.Equal(["BCG", "HepB-birth"], (await fhir.SearchAsync<Immunization>([$"patient={child}", "_sort=_lastUpdated"])).Entry.Select(Vaccine));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LastUpdated_filters_with_prefixes_and_sorting_on_it_never_skips_a_resident_changed_during_the_walk(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var family = FhirPatientTests.Marker();
        var people = new List<System.Text.Json.JsonElement>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, TestPeople.UniqueName(family))));
        }

        var ids = people.Select(p => p.GetProperty("id").GetString()).ToList();
        var query = "family=" + family.ToLowerInvariant();
        await EditAsync(http, people[0], 1);

        // The first resident was changed last: _lastUpdated order puts it at the end (id order at the start).
        var sorted = await fhir.SearchAsync<Patient>([query, "_sort=_lastUpdated"]);
        Assert.Equal([ids[1], ids[2], ids[3], ids[0]], Ids(sorted));
        Assert.Contains("_sort=_lastUpdated", sorted.SelfLink.ToString(), StringComparison.Ordinal);
        FhirValidation.AssertValidBundle(sorted);

        // Prefixes against meta.lastUpdated at a second's precision: ge the second includes it, gt is after its end.
        var stamps = sorted.Entry.ToDictionary(e => e.Resource.Id, e => e.Resource.Meta.LastUpdated.Value);
        var third = stamps[ids[3]];
        var second = third.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:ss'+07:00'", CultureInfo.InvariantCulture);
        var floor = new DateTimeOffset(third.Ticks - (third.Ticks % TimeSpan.TicksPerSecond), third.Offset);
        foreach (var (prefix, expected) in new (string, Func<DateTimeOffset, bool>)[]
        {
            ("ge", t => t >= floor), ("gt", t => t >= floor.AddSeconds(1)), ("lt", t => t < floor), ("le", t => t < floor.AddSeconds(1)),
            ("", t => t >= floor && t < floor.AddSeconds(1)),
        })
        {
            var bundle = await fhir.SearchAsync<Patient>([query, "_lastUpdated=" + prefix + second]);
            Assert.True(stamps.Where(s => expected(s.Value)).Select(s => s.Key).Order().SequenceEqual(Ids(bundle).Order()), $"_lastUpdated={prefix}{second}");
        }

        Assert.Contains(ids[3], Ids(await fhir.SearchAsync<Patient>([query, "_lastUpdated=ge" + second])));
        var today = third.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(4, (await fhir.SearchAsync<Patient>([query, "_lastUpdated=" + today])).Total);
        Assert.Equal(4, (await fhir.SearchAsync<Patient>([query, "_lastUpdated=ge2026-01-01", "_lastUpdated=lt2100"])).Total);
        Assert.Equal(0, (await fhir.SearchAsync<Patient>([query, "_lastUpdated=lt2020"])).Total);

        // Two a page in _lastUpdated order; after the first page the last resident and an already served one are changed.
        // Nothing is skipped: both come again at the end, the served one with its new version.
        var seen = new List<(string Id, string Version)>();
        var page = await fhir.SearchAsync<Patient>([query, "_sort=_lastUpdated"], pageSize: 2);
        while (page is not null)
        {
            seen.AddRange(page.Entry.Select(e => (e.Resource.Id, e.Resource.Meta.VersionId)));
            if (seen.Count == 2)
            {
                await EditAsync(http, people[3], 1);
                await EditAsync(http, people[1], 1);
            }

            page = page.NextLink is null ? null : await fhir.ContinueAsync(page);
        }

        Assert.Equal([(ids[1], "1"), (ids[2], "1"), (ids[0], "2"), (ids[3], "2"), (ids[1], "2")], seen);

        // -_lastUpdated cannot be paged correctly (a change jumps ahead of the cursor): ignored, or 400 under strict handling.
        var lenient = await fhir.SearchAsync<Patient>([query, "_sort=-_lastUpdated"]);
        Assert.DoesNotContain("_sort", lenient.SelfLink.ToString(), StringComparison.Ordinal);
        Assert.Equal(ids, Ids(lenient));
        using (var strict = new HttpRequestMessage(HttpMethod.Get, $"/fhir/Patient?{query}&_sort=-_lastUpdated"))
        {
            strict.Headers.Add("Prefer", "handling=strict");
            strict.Headers.AcceptLanguage.ParseAdd("en");
            var response = await http.SendAsync(strict);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("use _lastUpdated", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // A time needs its zone.
        var bad = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.SearchAsync<Patient>([query, "_lastUpdated=ge2026-12-01T10:00:00"]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("_lastUpdated", bad.Outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LastUpdated_of_a_visit_is_its_correction_on_Encounter_Condition_and_Observation(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var person = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        var visit = await VisitAsync(http, person, "2026-03-01T08:00:00+07:00", "I10");
        var encounter = await fhir.ReadAsync<Encounter>($"Encounter/{visit}");
        var recorded = encounter.Meta.LastUpdated.Value;
        var day = recorded.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var type in new[] { "Encounter", "Condition", "Observation" })
        {
            var today = await fhir.SearchAsync(type, [$"patient={person}", "_lastUpdated=" + day]);
            Assert.Equal(type == "Observation" ? 2 : 1, today.Total);
            Assert.All(today.Entry, e => Assert.Equal(recorded, e.Resource.Meta.LastUpdated));
            Assert.Equal(0, (await fhir.SearchAsync(type, [$"patient={person}", "_lastUpdated=gt" + day])).Total);
            Assert.Equal(0, (await fhir.SearchAsync(type, [$"patient={person}", "_lastUpdated=lt" + day])).Total);
        }
    }

    private static async Task<string> VisitAsync(HttpClient http, string person, string occurredAt, string icd)
    {
        var response = await http.PostAsJsonAsync($"/api/v1/people/{person}/visits", new
        {
            occurredAt = DateTimeOffset.Parse(occurredAt, CultureInfo.InvariantCulture), systolic = 130, diastolic = 85, pulse = 72,
            diagnoses = new[] { new { code = icd, isMain = true } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
    }

    /// <summary>Changes the resident's phone through /api/v1 (If-Match on the version they were read at).</summary>
    private static async Task EditAsync(HttpClient http, System.Text.Json.JsonElement person, int version)
    {
        var body = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object>>(person.GetRawText());
        body["phone"] = "0988" + TestPeople.Next().ToString("000000", CultureInfo.InvariantCulture);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{person.GetProperty("id").GetString()}") { Content = JsonContent.Create(body) };
        put.Headers.IfMatch.ParseAdd($"\"{version}\"");
        var response = await http.SendAsync(put);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static List<string> Ids(Bundle bundle) => bundle.Entry.Select(e => e.Resource.Id).ToList();
}
