using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Security;

// Issue 14, item 2 (ADR 0011): a read is one row per request listing the residents shown, not one row each; the
// resident's trail still finds it, on both stores.
public sealed class CompactReadAuditTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_reads_share_commits_yet_each_answer_leaves_only_after_its_own_row_is_stored(string provider)
    {
        // The read trail is group-committed (ReadAuditWriter): 12 residents read at once by 12 requests. Each answer
        // must find its row already stored — one row per request, naming exactly its resident — never a row still queued.
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var people = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            people.Add((await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid());
        }

        var checks = await Task.WhenAll(people.Select(async person =>
        {
            var response = await a.GetAsync($"/api/v1/people/{person}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // Read at once after the answer: no wait, no retry.
            return (person, reads: await TestDatabase.ReadsOfAsync(app.ConnectionString, person));
        }));
        foreach (var (person, reads) in checks)
        {
            var row = Assert.Single(reads, r => r.Action == AuditActions.Read && r.UserName == "a1");
            Assert.Equal([person], row.PersonIds);
        }

        // Twelve requests, twelve rows: none merged into another request's row, none written twice.
        var ids = checks.Select(c => c.reads.Single(r => r.Action == AuditActions.Read && r.UserName == "a1").Id).ToList();
        Assert.Equal(12, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_search_writes_one_row_listing_every_resident_shown_and_each_resident_s_trail_finds_it(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var family = TestPeople.UniqueName("Kiểm Toán");
        var registered = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            registered.Add((await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, $"{family} {new[] { "An", "Bình", "Chi", "Dung", "Hà" }[i]}"))).GetProperty("id").GetGuid());
        }

        var before = await TestDatabase.CountAsync<ReadAuditEntry>(app.ConnectionString, q => q.Where(r => r.UserName == "a1" && r.Action == AuditActions.Search));
        var page = await a.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(family)}&pageSize=20");
        var shown = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(registered.Order(), shown.Order());

        // Exactly one new search row for the request, naming the five residents and nobody else.
        var after = await TestDatabase.CountAsync<ReadAuditEntry>(app.ConnectionString, q => q.Where(r => r.UserName == "a1" && r.Action == AuditActions.Search));
        var rows = (await TestDatabase.ReadsOfAsync(app.ConnectionString, registered[0])).Where(r => r.Action == AuditActions.Search && r.UserName == "a1").ToList();
        var row = Assert.Single(rows);
        Assert.True(after - before >= 1);
        Assert.Equal(registered.Order(), row.PersonIds.Order());
        Assert.Equal(app.Org.VillageA1.ProvinceCode, row.ProvinceCode);
        foreach (var person in registered)
        {
            Assert.Contains(await TestDatabase.ReadsOfAsync(app.ConnectionString, person), r => r.Id == row.Id);
        }

        // A resident not shown is not in that row's trail.
        var other = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        Assert.DoesNotContain(await TestDatabase.ReadsOfAsync(app.ConnectionString, other), r => r.Id == row.Id);

        // The administrator's trail of one resident lists the request once, with how many residents it showed.
        using var admin = await app.LoginAsync("admin");
        var trail = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?personId={registered[2]}");
        var search = Assert.Single(trail.EnumerateArray(), e => e.GetProperty("id").GetGuid() == row.Id);
        Assert.Equal(5, search.GetProperty("residentsShown").GetInt32());
        Assert.Equal(registered[2], search.GetProperty("personId").GetGuid());
        Assert.Equal("search", search.GetProperty("action").GetString());

        // A user's trail says whom each request showed (what did a1 look at?), not only how many.
        var a1 = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?userId={row.UserId}&pageSize=500");
        var mine = Assert.Single(a1.EnumerateArray(), e => e.GetProperty("id").GetGuid() == row.Id);
        Assert.Equal(registered.Order(), mine.GetProperty("personIds").EnumerateArray().Select(p => p.GetGuid()).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_resident_page_s_read_is_one_row_and_a_write_keeps_its_own_entry(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var id = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/api/v1/people/{id}")).StatusCode);

        var reads = await TestDatabase.ReadsOfAsync(app.ConnectionString, id);
        var read = Assert.Single(reads, r => r.Action == AuditActions.Read && r.Source.EndsWith("/api/v1/people/{personId:guid}", StringComparison.Ordinal));
        Assert.Equal([id], read.PersonIds);
        Assert.Equal("a1", read.UserName);
        Assert.Equal(1, await TestDatabase.CountAsync<AuditEntry>(app.ConnectionString, q => q.Where(e => e.PersonId == id && e.Action == AuditActions.Create)));
        Assert.Equal(0, await TestDatabase.CountAsync<AuditEntry>(app.ConnectionString, q => q.Where(e => e.PersonId == id && e.Action == AuditActions.Read)));
    }
}
