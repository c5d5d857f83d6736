using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Chronic;
using CoSo.Core.Encounters;
using CoSo.Core.People;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data.People;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.People;

// Issue 14, item 5: a merge moves every row that names the duplicate, as MergeRegistry says, and cannot go round in a circle.
public sealed class MergeRegistryTests
{
    [Fact]
    public async Task Every_column_that_names_a_resident_is_in_the_merge_registry()
    {
        var cs = await TestDatabase.CreateAsync(TestDatabase.Sqlite, "coso_merge_model");
        var (expected, all) = await TestDatabase.WithDbAsync(cs, db =>
        {
            var model = db.Model;
            var byForeignKey = model.GetEntityTypes().SelectMany(t => t.GetForeignKeys())
                .Where(fk => fk.PrincipalEntityType.ClrType == typeof(Person))
                .SelectMany(fk => fk.Properties.Where(p => p.Name != "ProvinceCode").Select(p => (fk.DeclaringEntityType.ClrType, p.Name)));
            var byName = model.GetEntityTypes().SelectMany(t => t.GetProperties()
                .Where(p => (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?)) && (p.Name.EndsWith("PersonId", StringComparison.Ordinal) || p.Name == nameof(Person.MergedIntoId)))
                .Select(p => (t.ClrType, p.Name)));
            var every = model.GetEntityTypes().SelectMany(t => t.GetProperties().Select(p => (t.ClrType, p.Name))).ToHashSet();
            return Task.FromResult((byForeignKey.Concat(byName).ToHashSet(), every));
        });

        var listed = MergeRegistry.Rules.Select(r => (r.Entity, r.Property)).ToHashSet();
        Assert.Empty(expected.Except(listed).Select(x => x.Item1.Name + "." + x.Item2));   // a new column naming a resident must be listed
        Assert.Empty(listed.Except(all).Select(x => x.Item1.Name + "." + x.Item2));        // and nothing listed that the model lacks
        Assert.Contains((typeof(Encounter), nameof(Encounter.PersonId)), expected);
        Assert.Contains((typeof(CaseReport), nameof(CaseReport.PersonId)), expected);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_merge_moves_enrolments_follow_ups_and_cases_never_enrols_twice_and_cannot_be_reversed(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName("Lò Văn");
        var keep = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, name, new DateOnly(1960, 3, 4)))).GetProperty("id").GetGuid();
        var dup = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, name, new DateOnly(1960, 3, 4), withCccd: false))).GetProperty("id").GetGuid();

        // Both are on the hypertension register; the duplicate also has a follow-up, a dengue case and a visit.
        var registered = Iso(Today.AddMonths(-4));
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/chronic/people/{keep}/enrolments", new { programme = "Hypertension", registeredOn = registered, baselineSystolic = 150, baselineDiastolic = 95 }, TestPeople.Json)).StatusCode);
        var dupEnrolment = await a.PostAsJsonAsync($"/api/v1/chronic/people/{dup}/enrolments", new { programme = "Hypertension", registeredOn = registered, baselineSystolic = 160, baselineDiastolic = 100 }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, dupEnrolment.StatusCode);
        var dupEnrolmentId = (await dupEnrolment.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/chronic/enrolments/{dupEnrolmentId}/follow-ups", new { systolic = 145, diastolic = 90 }, TestPeople.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync("/api/v1/surveillance/cases", new { personId = dup, diseaseCode = "dengue", classification = "Suspected", onsetDate = Today.AddDays(-3) }, TestPeople.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/people/{dup}/visits", new { systolic = 150, diastolic = 95, diagnoses = new[] { new { code = "I10", isMain = true } } })).StatusCode);

        async Task<(int FollowUps, int Cases, int Visits)> Rows(Guid id) => await TestDatabase.WithDbAsync(app.ConnectionString, async db => (
            await db.Set<ChronicFollowUp>().IgnoreQueryFilters().CountAsync(f => f.PersonId == id),
            await db.Set<CaseReport>().IgnoreQueryFilters().CountAsync(c => c.PersonId == id),
            await db.Encounters.IgnoreQueryFilters().CountAsync(e => e.PersonId == id)));
        var (keepBefore, dupBefore) = (await Rows(keep), await Rows(dup));
        Assert.True(dupBefore is { FollowUps: > 0, Cases: 1, Visits: > 0 });

        Assert.Equal(HttpStatusCode.OK, (await a.PostAsJsonAsync($"/api/v1/people/{keep}/merge", new { duplicateId = dup })).StatusCode);

        var (onDup, enrolments, followUps, cases, visits) = await TestDatabase.WithDbAsync(app.ConnectionString, async db => (
            await db.Set<ChronicEnrolment>().IgnoreQueryFilters().CountAsync(e => e.PersonId == dup)
                + await db.Set<ChronicFollowUp>().IgnoreQueryFilters().CountAsync(f => f.PersonId == dup)
                + await db.Set<CaseReport>().IgnoreQueryFilters().CountAsync(c => c.PersonId == dup)
                + await db.Encounters.IgnoreQueryFilters().CountAsync(e => e.PersonId == dup),
            await db.Set<ChronicEnrolment>().IgnoreQueryFilters().Where(e => e.PersonId == keep).Select(e => new { e.Status, e.ClosingReason }).ToListAsync(),
            await db.Set<ChronicFollowUp>().IgnoreQueryFilters().CountAsync(f => f.PersonId == keep),
            await db.Set<CaseReport>().IgnoreQueryFilters().CountAsync(c => c.PersonId == keep),
            await db.Encounters.IgnoreQueryFilters().CountAsync(e => e.PersonId == keep)));
        Assert.Equal(0, onDup);
        Assert.Equal(1, enrolments.Count(e => e.Status == EnrolmentStatus.Active));        // never enrolled twice
        Assert.Single(enrolments, e => e.ClosingReason == ClosingReason.Merged);
        Assert.Equal((keepBefore.FollowUps + dupBefore.FollowUps, keepBefore.Cases + 1, keepBefore.Visits + dupBefore.Visits), (followUps, cases, visits));

        // The old id leads to the kept record; merging either way again is refused.
        var old = await a.GetAsync($"/api/v1/people/{dup}/visits");
        Assert.Equal(HttpStatusCode.PermanentRedirect, old.StatusCode);
        Assert.Equal($"/api/v1/people/{keep}/visits", old.Headers.Location!.OriginalString);
        var back = await a.PostAsJsonAsync($"/api/v1/people/{keep}/merge", new { duplicateId = dup });
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        Assert.Contains("merge.alreadyMerged", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reverse = await a.PostAsJsonAsync($"/api/v1/people/{dup}/merge", new { duplicateId = keep });
        Assert.Equal(HttpStatusCode.PermanentRedirect, reverse.StatusCode); // the tombstone's route goes to the kept record…
        var followed = await a.PostAsJsonAsync(reverse.Headers.Location!, new { duplicateId = keep });
        Assert.Equal(HttpStatusCode.BadRequest, followed.StatusCode);       // …where merging it into itself is refused
        Assert.Equal(1, (await a.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(name)}")).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Merging_into_a_record_that_is_itself_merged_is_refused_and_earlier_merges_are_repointed(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        async Task<Guid> Register() => (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, withCccd: false))).GetProperty("id").GetGuid();
        var (x, y, z) = (await Register(), await Register(), await Register());

        Assert.Equal(HttpStatusCode.OK, (await a.PostAsJsonAsync($"/api/v1/people/{y}/merge", new { duplicateId = x })).StatusCode);   // X → Y
        await using (var sp = TestDatabase.Services(app.ConnectionString))
        await using (var scope = sp.CreateAsyncScope())
        {
            // Keeping a tombstone is refused in the service (through the API its route redirects to the kept record).
            var intoTombstone = await Assert.ThrowsAsync<Core.Common.DomainValidationException>(() => scope.ServiceProvider.GetRequiredService<PeopleService>().MergeAsync(x, z));
            Assert.Equal(("personId", "merge.alreadyMerged"), (intoTombstone.Errors[0].Field, intoTombstone.Errors[0].Code));
        }

        Assert.Equal(HttpStatusCode.OK, (await a.PostAsJsonAsync($"/api/v1/people/{z}/merge", new { duplicateId = y })).StatusCode);   // Y → Z
        var pointers = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.People.IgnoreQueryFilters().Where(p => p.Id == x || p.Id == y).Select(p => p.MergedIntoId).ToListAsync());
        Assert.All(pointers, p => Assert.Equal(z, p));   // X was repointed: no chain X → Y → Z
        Assert.Equal(HttpStatusCode.PermanentRedirect, (await a.GetAsync($"/api/v1/people/{x}")).StatusCode);
    }

    private static DateOnly Today => Core.Common.VietnamClock.Today(TimeProvider.System);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
