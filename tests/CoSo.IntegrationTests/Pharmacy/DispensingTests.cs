using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Pharmacy;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Pharmacy;

public sealed class DispensingTests
{
    private static DateOnly NextYear => Chronic.ChronicApi.Today.AddYears(1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visit_dispenses_first_expiry_first_and_the_stock_goes_down_by_the_quantity(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var drug = "CEFA500";
        var before = await StockApi.OnHandAsync(a, drug);
        var later = await StockApi.ReceiveAsync(a, drug, 100, NextYear, 900);
        var sooner = await StockApi.ReceiveAsync(a, drug, 10, Chronic.ChronicApi.Today.AddMonths(2), 850);
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();

        // 1 capsule 3 times a day for 5 days = 15, the first 10 from the lot that expires first.
        var response = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", StockApi.DispensingVisit(drug, 3, 5), TestPeople.Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var visit = await response.Content.ReadFromJsonAsync<JsonElement>();
        var line = visit.GetProperty("lines")[0];
        Assert.Equal(15m, line.GetProperty("quantity").GetDecimal());
        Assert.Equal(15m, line.GetProperty("dispensedQuantity").GetDecimal());
        Assert.Equal((10 * 850m) + (5 * 900m), line.GetProperty("dispensedValue").GetDecimal());
        Assert.Equal("Ngày uống 3 lần, mỗi lần 1 viên", line.GetProperty("dose").GetString());
        Assert.Equal(before + 110 - 15, await StockApi.OnHandAsync(a, drug));
        var lots = await a.GetFromJsonAsync<JsonElement>($"/api/v1/stock/lots?drugCode={drug}&includeEmpty=true");
        Assert.Equal(0m, lots.EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == sooner.GetProperty("id").GetGuid()).GetProperty("quantity").GetDecimal());
        Assert.Equal(95m, lots.EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == later.GetProperty("id").GetGuid()).GetProperty("quantity").GetDecimal());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dispense_beyond_stock_is_refused_on_its_field_and_saves_neither_the_visit_nor_a_movement(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var drug = "DOXY100";
        await StockApi.ReceiveAsync(a, drug, 5, NextYear);
        var onHand = await StockApi.OnHandAsync(a, drug);
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var movements = await TestDatabase.CountAsync<StockMovement>(app.ConnectionString);

        var response = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", StockApi.DispensingVisit(drug, 2, (int)onHand), TestPeople.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("prescriptions[0].quantity", out var field), problem.ToString());
        Assert.Contains("Không đủ thuốc", field[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await a.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/visits")).GetProperty("total").GetInt32());
        Assert.Equal(onHand, await StockApi.OnHandAsync(a, drug));
        Assert.Equal(movements, await TestDatabase.CountAsync<StockMovement>(app.ConnectionString));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ten_clinicians_dispensing_the_last_ninety_tablets_at_once_give_exactly_three_prescriptions_and_no_negative_stock(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        // A drug only this test stocks at station B, so nothing else moves it meanwhile.
        using var b = await app.LoginAsync("b1");
        const string drug = "MEDO250";
        var lot = await StockApi.ReceiveAsync(b, drug, 90, NextYear);
        var people = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            people.Add((await TestPeople.RegisterAsync(b, TestPeople.Input(app.Org.VillageB1.Id))).GetProperty("id").GetGuid());
        }

        var clients = new List<HttpClient>();
        for (var i = 0; i < 10; i++)
        {
            clients.Add(await app.LoginAsync("b1"));
        }

        var responses = await Task.WhenAll(people.Select((p, i) => clients[i].PostAsJsonAsync($"/api/v1/people/{p}/visits", StockApi.DispensingVisit(drug, 1, 30, "I10"), TestPeople.Json)));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var left = (await b.GetFromJsonAsync<JsonElement>($"/api/v1/stock/lots?drugCode={drug}&includeEmpty=true")).EnumerateArray()
            .Single(l => l.GetProperty("id").GetGuid() == lot.GetProperty("id").GetGuid());
        Assert.Equal(0m, left.GetProperty("quantity").GetDecimal());
        var lotId = lot.GetProperty("id").GetGuid();
        var ledger = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<StockMovement>().Where(m => m.LotId == lotId).ToListAsync());
        Assert.Equal(0m, ledger.Sum(m => m.Quantity));
        Assert.Equal(3, ledger.Count(m => m.Kind == StockMovementKind.Dispense));
        clients.ForEach(c => c.Dispose());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_units_of_work_issuing_the_same_last_units_cannot_both_commit(string provider)
    {
        var app = await Apps.Get(provider);
        using var b = await app.LoginAsync("b1");
        const string drug = "GLIM2";
        var lot = await StockApi.ReceiveAsync(b, drug, 30, NextYear);
        var lotId = lot.GetProperty("id").GetGuid();

        // Both read the lot at 30 before either writes: the second commit must fail on the lot's version.
        await using var sp1 = TestDatabase.Services(app.ConnectionString);
        await using var sp2 = TestDatabase.Services(app.ConnectionString);
        await using var s1 = sp1.CreateAsyncScope();
        await using var s2 = sp2.CreateAsyncScope();
        var db1 = s1.ServiceProvider.GetRequiredService<CoSo.Data.CoSoDbContext>();
        var db2 = s2.ServiceProvider.GetRequiredService<CoSo.Data.CoSoDbContext>();
        var l1 = await db1.Set<StockLot>().FirstAsync(l => l.Id == lotId);
        var l2 = await db2.Set<StockLot>().FirstAsync(l => l.Id == lotId);
        Assert.Equal((30m, 30m), (l1.Quantity, l2.Quantity));
        l1.Quantity -= 30;
        l1.Version++;
        l2.Quantity -= 30;
        l2.Version++;
        await db1.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        Assert.Equal(0m, await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<StockLot>().Where(l => l.Id == lotId).Select(l => l.Quantity).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_drug_the_record_lists_as_an_allergy_is_refused_unless_a_reason_is_given_and_the_override_is_audited(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        await StockApi.ReceiveAsync(a, "AMOX500", 50, NextYear);
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var record = await a.GetAsync($"/api/v1/people/{personId}/health-record");
        var etag = record.Headers.ETag?.Tag ?? "\"0\"";
        using (var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{personId}/health-record") { Content = JsonContent.Create(new { allergyDrugs = "Penicilin (phát ban 2019)" }) })
        {
            put.Headers.TryAddWithoutValidation("If-Match", etag);
            var saved = await a.SendAsync(put);
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        var refused = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", StockApi.DispensingVisit("AMOX500", 2, 7), TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Penicilin", problem.GetProperty("errors").GetProperty("prescriptions[0].drug")[0].GetString(), StringComparison.Ordinal);

        var allowed = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", StockApi.DispensingVisit("AMOX500", 2, 7, allergyReason: "Đã thử test da âm tính"), TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        var line = (await allowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lines")[0];
        Assert.Equal("Đã thử test da âm tính", line.GetProperty("allergyOverrideReason").GetString());
        Assert.Equal(1, await TestDatabase.CountAsync<CoSo.Core.Audit.AuditEntry>(app.ConnectionString,
            q => q.Where(e => e.PersonId == personId && e.Action == CoSo.Core.Audit.AuditActions.AllergyOverride && e.EntityId == line.GetProperty("id").GetGuid())));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_delivery_already_expired_is_refused_on_its_expiry_field(string provider)
    {
        var app = await Apps.Get(provider);
        using var b = await app.LoginAsync("b1");
        var refused = await b.PostAsJsonAsync("/api/v1/stock/receipts", new { drugCode = "ALBE400", lotNumber = StockApi.NewLot(), expiryDate = "2020-01-31", quantity = 10, unitPrice = 1000 }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("expiryDate", out _));
        Assert.Empty((await b.GetFromJsonAsync<JsonElement>("/api/v1/stock/lots?drugCode=ALBE400&includeEmpty=true")).EnumerateArray());
    }
}
