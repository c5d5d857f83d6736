using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;
using static CoSo.IntegrationTests.Maternal.MaternalApi;

namespace CoSo.IntegrationTests.Maternal;

public sealed class VillageReportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_village_health_workers_pregnant_woman_found_notifies_the_station_which_confirms_the_pregnancy(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var name = TestPeople.UniqueName("Mai Thị");
        var woman = await WomanAsync(a, app.Org.VillageA1.Id, name: name);

        // The village health worker of Thôn Đông reports her, with the last period she remembers.
        using var vhw = await app.LoginAsync("vhw");
        var (reported, card) = await PostAsync(vhw, $"/api/v1/maternal/people/{woman}/pregnancy-reports", new { lastMenstrualPeriod = Iso(Today.AddDays(-56)), note = "Nghén nhiều" });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var id = card.GetProperty("id").GetGuid();
        Assert.Equal(("Reported", 56, true), (card.GetProperty("status").GetString(), card.GetProperty("gestationDays").GetInt32(), card.GetProperty("reportedByVillageWorker").GetBoolean()));

        // The station is notified, with a link to the pregnancy; the notification names the village, not the woman.
        var notes = await a.GetFromJsonAsync<JsonElement>("/api/v1/notifications");
        var note = notes.EnumerateArray().Single(n => n.GetProperty("link").GetString() == $"/me-be/thai-ky/{id}");
        Assert.Equal(("pregnancy-found", "Phát hiện phụ nữ có thai — cần xác nhận"), (note.GetProperty("kind").GetString(), note.GetProperty("subject").GetString()));
        Assert.Contains("Thôn Đông", note.GetProperty("body").GetString());
        Assert.DoesNotContain(name, note.GetProperty("body").GetString());

        // Until confirmed she is on the station's and the village's due list for a first visit.
        var due = Items(await a.GetFromJsonAsync<JsonElement>($"/api/v1/maternal/anc-due?stationId={app.Org.StationA.Id}")).Single(i => i.GetProperty("pregnancyId").GetGuid() == id);
        Assert.Equal(("FirstContact", "Reported", "Due"), (due.GetProperty("reason").GetString(), due.GetProperty("pregnancyStatus").GetString(), due.GetProperty("status").GetString()));
        Assert.Contains(id, Items(await vhw.GetFromJsonAsync<JsonElement>($"/api/v1/maternal/anc-due?villageId={app.Org.VillageA1.Id}")).Select(i => i.GetProperty("pregnancyId").GetGuid()));

        // The list goes to Excel with her phone number as text (its leading 0 kept).
        var excel = await a.GetAsync($"/api/v1/maternal/anc-due.xlsx?stationId={app.Org.StationA.Id}");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        using (var book = new ClosedXML.Excel.XLWorkbook(await excel.Content.ReadAsStreamAsync()))
        {
            var row = book.Worksheet(1).RowsUsed().Single(r => r.Cell(1).GetString() == name);
            Assert.StartsWith("0913", row.Cell(2).GetString(), StringComparison.Ordinal);
            Assert.Equal("Khám lần đầu, xác nhận thai", row.Cell(6).GetString());
        }

        // The station confirms it (with the card's version).
        var confirmed = await SendWithIfMatchAsync(a, HttpMethod.Post, $"/api/v1/maternal/pregnancies/{id}/confirm", null, "\"1\"");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Active", (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // The worker still sees her village's woman; another station does not, and a woman of another village is out of reach.
        Assert.Equal(HttpStatusCode.OK, (await vhw.GetAsync($"/api/v1/maternal/pregnancies/{id}")).StatusCode);
        using var b = await app.LoginAsync("b1");
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/maternal/pregnancies/{id}")).StatusCode);
        Assert.DoesNotContain(id, Items(await b.GetFromJsonAsync<JsonElement>("/api/v1/maternal/anc-due")).Select(i => i.GetProperty("pregnancyId").GetGuid()));
        var elsewhere = await WomanAsync(a, app.Org.VillageA2.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await vhw.PostAsJsonAsync($"/api/v1/maternal/people/{elsewhere}/pregnancy-reports", new { })).StatusCode);
        var (twice, problem) = await PostAsync(vhw, $"/api/v1/maternal/people/{woman}/pregnancy-reports", new { });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("maternal.pregnancy.open", problem.GetProperty("codes").GetProperty("personId")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_woman_who_moves_to_another_commune_takes_her_pregnancy_and_contacts_to_the_new_station(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var input = TestPeople.Input(app.Org.VillageA1.Id, sex: CoSo.Core.People.Sex.Female, birth: new DateOnly(1997, 2, 3));
        var woman = (await TestPeople.RegisterAsync(a, input)).GetProperty("id").GetGuid();
        var (_, card) = await PostAsync(a, $"/api/v1/maternal/people/{woman}/pregnancies", new { firstContactDate = Iso(Today.AddDays(-10)), lastMenstrualPeriod = Iso(Today.AddDays(-80)) });
        var id = card.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/maternal/pregnancies/{id}/contacts", new { contactDate = Iso(Today.AddDays(-10)), weightKg = 50 })).StatusCode);

        using var admin = await app.LoginAsync("admin");
        var read = await admin.GetAsync($"/api/v1/people/{woman}");
        var body = JsonSerializer.SerializeToNode(input, TestPeople.Json)!.AsObject();
        body["orgUnitId"] = app.Org.StationB.Id;
        body["villageId"] = app.Org.VillageB1.Id;
        Assert.Equal(HttpStatusCode.OK, (await SendWithIfMatchAsync(admin, HttpMethod.Put, $"/api/v1/people/{woman}", body, read.Headers.ETag!.Tag)).StatusCode);

        using var b = await app.LoginAsync("b1");
        var moved = await b.GetFromJsonAsync<JsonElement>($"/api/v1/maternal/pregnancies/{id}");
        Assert.Equal((app.Org.StationB.Id, 1), (moved.GetProperty("orgUnitId").GetGuid(), moved.GetProperty("contacts").GetArrayLength()));
        Assert.Contains(id, Items(await b.GetFromJsonAsync<JsonElement>($"/api/v1/maternal/pregnancies?stationId={app.Org.StationB.Id}")).Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/maternal/pregnancies/{id}")).StatusCode);
        var rows = await TestDatabase.WithDbAsync(app.ConnectionString, async db =>
            (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Set<CoSo.Core.Maternal.AntenatalContact>()))).Where(c => c.PregnancyId == id).ToList());
        Assert.Equal(app.Org.StationB.Id, Assert.Single(rows).OrgUnitId);
    }
}
