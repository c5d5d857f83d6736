using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Immunization;

public sealed class ChildTransferTests
{
    private static DateOnly Today => VietnamClock.Today(TimeProvider.System);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_child_moved_to_another_station_brings_its_doses_and_leaves_the_old_station(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var born = Today.AddMonths(-3);
        var name = TestPeople.UniqueName("Bùi Văn");
        var child = (await TestPeople.RegisterAsync(a, new { fullName = name, birthDate = Iso(born), sex = "Male", villageId = app.Org.VillageA1.Id, ethnicityCode = "01" }))
            .GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "BCG", givenOn = Iso(born) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "DTP-HepB-Hib", givenOn = Iso(born.AddMonths(2)) })).StatusCode);

        // The family moves to commune B: the district (here the administrator) changes the child's station.
        using var admin = await app.LoginAsync("admin");
        var read = await admin.GetAsync($"/api/v1/people/{child}");
        var moved = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{child}")
        {
            Content = JsonContent.Create(new { fullName = name, birthDate = Iso(born), sex = "Male", orgUnitId = app.Org.StationB.Id, villageId = app.Org.VillageB1.Id, ethnicityCode = "01" }),
        };
        moved.Headers.IfMatch.Add(new EntityTagHeaderValue(read.Headers.ETag!.Tag));
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(moved)).StatusCode);

        // Station B: both doses on the card, and the due list asks for DTP-HepB-Hib 2 (dose 1 counted), not BCG.
        using var b = await app.LoginAsync("b1");
        var card = await b.GetFromJsonAsync<JsonElement>($"/api/v1/immunization/people/{child}/doses");
        Assert.Equal(2, card.GetProperty("doses").GetArrayLength());
        var session = await (await b.PostAsJsonAsync("/api/v1/immunization/sessions", new { stationId = app.Org.StationB.Id, date = Iso(Today), villageIds = new[] { app.Org.VillageB1.Id } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var due = await b.GetFromJsonAsync<JsonElement>($"/api/v1/immunization/sessions/{session.GetProperty("id").GetGuid()}/due");
        var entry = due.GetProperty("villages").EnumerateArray().SelectMany(v => v.GetProperty("children").EnumerateArray())
            .Single(c => c.GetProperty("personId").GetGuid() == child);
        var needs = entry.GetProperty("needs").EnumerateArray().Select(n => (n.GetProperty("vaccine").GetString(), n.GetProperty("dose").GetInt32())).ToList();
        Assert.Contains(("DTP-HepB-Hib", 2), needs);
        Assert.DoesNotContain(("DTP-HepB-Hib", 1), needs);
        Assert.DoesNotContain(needs, n => n.Item1 == "BCG");

        // Station A no longer sees the child nor its doses.
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/api/v1/immunization/people/{child}/doses")).StatusCode);
        var registerA = await a.GetFromJsonAsync<JsonElement>($"/api/v1/immunization/stations/{app.Org.StationA.Id}/children?pageSize=200&villageId={app.Org.VillageA1.Id}");
        Assert.DoesNotContain(registerA.GetProperty("items").EnumerateArray(), i => i.GetProperty("personId").GetGuid() == child);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Doses_of_a_duplicate_record_move_to_the_record_it_is_merged_into(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var born = Today.AddMonths(-3);
        var name = TestPeople.UniqueName("Mai Văn");
        var keep = (await TestPeople.RegisterAsync(a, new { fullName = name, birthDate = Iso(born), sex = "Male", villageId = app.Org.VillageA2.Id, ethnicityCode = "01" })).GetProperty("id").GetGuid();
        var duplicate = (await TestPeople.RegisterAsync(a, new { fullName = name, birthDate = Iso(born), sex = "Male", villageId = app.Org.VillageA2.Id, ethnicityCode = "01" })).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await a.PostAsJsonAsync($"/api/v1/immunization/people/{duplicate}/doses", new { vaccine = "BCG", givenOn = Iso(born), place = "Elsewhere", placeText = "Bệnh viện tỉnh" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await a.PostAsJsonAsync($"/api/v1/people/{keep}/merge", new { duplicateId = duplicate })).StatusCode);

        var card = await a.GetFromJsonAsync<JsonElement>($"/api/v1/immunization/people/{keep}/doses");
        var dose = Assert.Single(card.GetProperty("doses").EnumerateArray());
        Assert.Equal(("BCG", "Bệnh viện tỉnh"), (dose.GetProperty("vaccine").GetString(), dose.GetProperty("placeText").GetString()));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
