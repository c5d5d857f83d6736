using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Reception;

public sealed class ReceptionQueueTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_desk_checks_a_card_registered_here_gives_queue_numbers_and_the_clinician_calls_priority_first(string provider)
    {
        var app = await Apps.Get(provider);
        // Station B has its own day: only this test receives there.
        using var b = await app.LoginAsync("b1");
        var village = app.Org.VillageB1.Id;
        var first = await RegisterAtBAsync(b, village, "38124");
        var second = await RegisterAtBAsync(b, village, "38045");
        var elder = await RegisterAtBAsync(b, village, "38124");

        var check = await b.GetFromJsonAsync<JsonElement>($"/api/v1/reception/check?personId={second}");
        Assert.True(check.GetProperty("covered").GetBoolean());
        Assert.Equal("1.2", check.GetProperty("category").GetString());
        Assert.Equal(100, check.GetProperty("benefitPercent").GetInt32());
        Assert.Equal("R-CAP-BAN-DAU-ELSEWHERE", check.GetProperty("ruleId").GetString());

        var queueBefore = await b.GetFromJsonAsync<JsonElement>("/api/v1/queue");
        var n = queueBefore.GetProperty("arrivals").GetArrayLength();
        var a1 = await ReceiveAsync(b, new { personId = first, reason = "Đau đầu" });
        var a2 = await ReceiveAsync(b, new { personId = second, reason = "Ho, sốt" });
        var a3 = await ReceiveAsync(b, new { personId = elder, reason = "Khó thở", priority = true });
        Assert.Equal([n + 1, n + 2, n + 3], new[] { a1, a2, a3 }.Select(a => a.GetProperty("queueNumber").GetInt32()));
        Assert.True(a1.GetProperty("bhytCovered").GetBoolean());

        var again = await b.PostAsJsonAsync("/api/v1/reception/arrivals", new { personId = first }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đang chờ", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("personId")[0].GetString(), StringComparison.Ordinal);

        var called = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var next = await b.PostAsync("/api/v1/queue/call-next", null);
            Assert.Equal(HttpStatusCode.OK, next.StatusCode);
            var body = await next.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("InConsultation", body.GetProperty("status").GetString());
            called.Add(body.GetProperty("personId").GetGuid());
        }

        Assert.Equal([elder, first, second], called.Where(c => c == elder || c == first || c == second));
        var empty = await b.PostAsync("/api/v1/queue/call-next", null);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);

        var queue = await b.GetFromJsonAsync<JsonElement>("/api/v1/queue");
        Assert.Equal(0, queue.GetProperty("waiting").GetInt32());
        Assert.True(queue.GetProperty("inConsultation").GetInt32() >= 3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visit_for_an_arrival_takes_its_bhyt_check_and_takes_it_out_of_the_queue(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var arrival = await ReceiveAsync(a, new { personId, reason = "Tái khám" });

        var visit = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", new
        {
            arrivalId = arrival.GetProperty("id").GetGuid(), systolic = 130, diastolic = 85, diagnoses = new[] { new { code = "J06.9", isMain = true } },
        }, TestPeople.Json);

        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        var body = await visit.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("bhytCovered").GetBoolean());
        Assert.Equal("1.2", body.GetProperty("bhytCategory").GetString());
        var line = (await a.GetFromJsonAsync<JsonElement>("/api/v1/queue")).GetProperty("arrivals").EnumerateArray().Single(x => x.GetProperty("id").GetGuid() == arrival.GetProperty("id").GetGuid());
        Assert.Equal("Done", line.GetProperty("status").GetString());
        Assert.Equal(body.GetProperty("id").GetGuid(), line.GetProperty("encounterId").GetGuid());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_expired_card_is_received_as_self_pay_and_the_visit_is_not_bhyt(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var input = TestPeople.Input(app.Org.VillageA1.Id);
        var json = JsonSerializer.SerializeToNode(input, TestPeople.Json)!.AsObject();
        json["bhytValidFrom"] = "2025-01-01";
        json["bhytValidTo"] = Chronic.ChronicApi.Iso(Chronic.ChronicApi.Today.AddDays(-1));
        var personId = (await TestPeople.RegisterAsync(a, json)).GetProperty("id").GetGuid();

        var arrival = await ReceiveAsync(a, new { personId });
        Assert.False(arrival.GetProperty("bhytCovered").GetBoolean());
        Assert.Equal("9", arrival.GetProperty("bhytCategory").GetString());
        Assert.Contains("hết hạn", arrival.GetProperty("bhytReasonVi").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_station_sees_neither_the_queue_nor_can_receive_a_resident_out_of_its_scope(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        using var b = await app.LoginAsync("b1");
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var arrival = await ReceiveAsync(a, new { personId });

        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"/api/v1/queue?stationId={app.Org.StationA.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync("/api/v1/reception/arrivals", new { personId }, TestPeople.Json)).StatusCode);
        Assert.DoesNotContain(arrival.GetProperty("id").GetGuid(), (await b.GetFromJsonAsync<JsonElement>("/api/v1/queue")).GetProperty("arrivals").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()));
    }

    private static async Task<Guid> RegisterAtBAsync(HttpClient b, Guid village, string registeredFacility)
    {
        var json = JsonSerializer.SerializeToNode(TestPeople.Input(village), TestPeople.Json)!.AsObject();
        json["bhytFacilityCode"] = registeredFacility;
        return (await TestPeople.RegisterAsync(b, json)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ReceiveAsync(HttpClient client, object input)
    {
        var response = await client.PostAsJsonAsync("/api/v1/reception/arrivals", input, TestPeople.Json);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return response.StatusCode == HttpStatusCode.Created ? body : throw new InvalidOperationException($"Receive failed {(int)response.StatusCode}: {body}");
    }
}
