using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Identity;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Surveillance;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Surveillance;

public sealed class SurveillanceAlertTests
{
    // Weekly COVID-19 counts at station A for 2026-W03 … 2026-W14 (12 weeks, the last evaluated on Wed 2026-04-01).
    // Baseline W07–W13 = 2,3,2,3,2,3,2: mean 17/7 = 2.428571, sd = √(12/42) = 0.534522,
    // C1 upper = 2.428571 + 3.090232 · 0.534522 = 4.08037; W14 has 5 cases (Mon and Tue) > 4.08 → C1 alarms.
    private static readonly int[] Series = [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 5];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task C1_alarms_in_the_week_worked_out_by_hand_and_a_second_run_adds_nothing(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_surv_al");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var firstMonday = new DateOnly(2026, 1, 12); // Monday of 2026-W03
        await TestDatabase.WithDbAsync(cs, async db =>
        {
            for (var w = 0; w < Series.Length; w++)
            {
                var monday = firstMonday.AddDays(7 * w);
                SurveillanceSeed.Cases(db, org.StationA.Id, "covid19", monday, Series[w] - 1);
                SurveillanceSeed.Cases(db, org.StationA.Id, "covid19", monday.AddDays(1), 1);
            }

            // A case after the evaluation date must not count.
            SurveillanceSeed.Cases(db, org.StationA.Id, "covid19", new DateOnly(2026, 4, 2), 4);
            return await db.SaveChangesAsync();
        });

        await using var sp = TestDatabase.Services(cs);
        await using (var scope = sp.CreateAsyncScope())
        {
            var run = await scope.ServiceProvider.GetRequiredService<AlertService>().RunAsync(new DateOnly(2026, 4, 1));
            Assert.Equal(new AlertRunResult(1, 0, 1), run);
            Assert.True((await scope.ServiceProvider.GetRequiredService<AlertService>().RunAsync(new DateOnly(2026, 4, 1))).Nothing);
        }

        var alerts = await TestDatabase.WithDbAsync(cs, db => db.Set<SurveillanceAlert>().AsNoTracking().ToListAsync());
        // Statistics are judged at district and province level (this org has no regional centre): the province's alert.
        // The station itself raises none: COVID-19 has no fixed threshold, and its commune rule (C2, minSigma 1) judges
        // W14 on W05–W11 = 2,3,2,3,2,3,2 (sd 0.53 → σ = 1): bound 17/7 + 3.090232 = 5.52, above 5.
        var c1 = Assert.Single(alerts, a => a.Method == "C1");
        Assert.Equal((org.Department.Id, "covid19", "2026-W14", 5, AlertStatus.New), (c1.OrgUnitId, c1.DiseaseCode, c1.Period, c1.Count, c1.Status));
        Assert.DoesNotContain(alerts, a => a.OrgUnitId == org.StationA.Id);
        Assert.Single(alerts); // one alert for the area × disease × week, whatever else fired
        Assert.StartsWith("C1", c1.Evidence, StringComparison.Ordinal);
        Assert.Equal(2.428571, c1.Mean!.Value, 5);
        Assert.Equal(0.534522, c1.StandardDeviation!.Value, 5);
        Assert.Equal(4.08037, c1.UpperBound!.Value, 4);
        Assert.DoesNotContain(alerts, a => a.Method == AlertEvaluator.Threshold); // COVID-19 has no fixed rule
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_alert_moves_through_its_workflow_illegal_steps_are_rejected_and_confirmation_writes_the_outbox(string provider)
    {
        var app = await Apps.Get(provider);
        var alertId = Guid.CreateVersion7();
        var period1999 = "1999-W" + Random.Shared.Next(10, 52);
        await TestDatabase.WithDbAsync(app.ConnectionString, db =>
        {
            db.Set<SurveillanceAlert>().Add(new SurveillanceAlert
            {
                Id = alertId, ProvinceCode = "38", OrgUnitId = app.Org.StationA.Id, DiseaseCode = "dengue", Method = "C1",
                Period = period1999, LastPeriod = period1999, EvaluatedOn = new DateOnly(1999, 6, 1), Count = 6, CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow, Version = 1,
            });
            return db.SaveChangesAsync();
        });
        using var a = await app.LoginAsync("a1");
        using var b = await app.LoginAsync("b1");
        var url = $"/api/v1/surveillance/alerts/{alertId}/transitions";

        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync(url, new { to = "Verifying" }, TestPeople.Json)).StatusCode);
        Assert.DoesNotContain((await b.GetFromJsonAsync<JsonElement>("/api/v1/surveillance/alerts")).EnumerateArray(), x => x.GetProperty("id").GetGuid() == alertId);

        var illegal = await a.PostAsJsonAsync(url, new { to = "Confirmed" }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, illegal.StatusCode);
        Assert.Contains("status", (await illegal.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await a.PostAsJsonAsync(url, new { to = "Verifying", note = "Đã gọi trạm" }, TestPeople.Json)).StatusCode);
        Assert.Equal(0, await TestDatabase.CountAsync<OutboxMessage>(app.ConnectionString, q => q.Where(m => m.Body.Contains("1999-W"))));
        var confirmed = await a.PostAsJsonAsync(url, new { to = "Confirmed" }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Confirmed", (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var outbox = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Body.Contains("1999-W")).ToListAsync());
        var message = Assert.Single(outbox);
        Assert.Equal((app.Org.Department.Id, "email", (DateTimeOffset?)null), (message.RecipientOrgUnitId, message.Channel, message.SentAt));
        Assert.Equal(1, await TestDatabase.CountAsync<Notification>(app.ConnectionString, q => q.Where(n => n.OrgUnitId == app.Org.Department.Id && n.Body.Contains("1999-W"))));

        // The department's officers read it in their language: Vietnamese by default, English on request.
        using var admin = await app.LoginAsync("admin");
        var period = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<SurveillanceAlert>().Where(x => x.Id == alertId).Select(x => x.Period).SingleAsync());
        async Task<string> SubjectAsync(string? language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications");
            if (language is not null)
            {
                request.Headers.AcceptLanguage.ParseAdd(language);
            }

            var list = await (await admin.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
            return list.EnumerateArray().Single(n => n.GetProperty("body").GetString()!.Contains(period, StringComparison.Ordinal)).GetProperty("subject").GetString()!;
        }

        Assert.Equal("Cảnh báo dịch đã xác nhận: Sốt xuất huyết Dengue tại " + app.Org.StationA.Name, await SubjectAsync(null));
        Assert.Equal("Confirmed outbreak alert: Dengue in " + app.Org.StationA.Name, await SubjectAsync("en"));

        Assert.Equal(HttpStatusCode.BadRequest, (await a.PostAsJsonAsync(url, new { to = "Response" }, TestPeople.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.PostAsJsonAsync(url, new { to = "Response", actions = "Phun hóa chất, diệt lăng quăng" }, TestPeople.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.PostAsJsonAsync(url, new { to = "Closed" }, TestPeople.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await a.PostAsJsonAsync(url, new { to = "Verifying" }, TestPeople.Json)).StatusCode);

        var history = await a.GetFromJsonAsync<JsonElement>($"/api/v1/surveillance/alerts/{alertId}/history");
        Assert.Equal(
            ["Verifying", "Confirmed", "Response", "Closed"],
            history.EnumerateArray().Select(e => e.GetProperty("to").GetString()));
        Assert.All(history.EnumerateArray(), e => Assert.Equal("a1", e.GetProperty("userName").GetString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_district_officer_sees_the_alerts_of_all_its_communes(string provider)
    {
        var app = await Apps.Get(provider);
        var ids = new[] { app.Org.StationA.Id, app.Org.StationB.Id };
        await TestDatabase.WithDbAsync(app.ConnectionString, db =>
        {
            foreach (var (unit, i) in ids.Select((u, i) => (u, i)))
            {
                db.Set<SurveillanceAlert>().Add(new SurveillanceAlert
                {
                    Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = unit, DiseaseCode = "measles", Method = "C2",
                    Period = "1998-W" + (10 + i), LastPeriod = "1998-W" + (10 + i), EvaluatedOn = new DateOnly(1998, 3, 1), Count = 3, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Version = 1,
                });
            }

            return db.SaveChangesAsync();
        });
        var district = new ScopedActor("district", new AccessScope(false, [app.Org.StationA.Id, app.Org.StationB.Id, app.Org.VillageA1.Id, app.Org.VillageA2.Id, app.Org.VillageB1.Id]));
        await using var sp = TestDatabase.Services(app.ConnectionString, district);
        await using var scope = sp.CreateAsyncScope();
        var seen = (await scope.ServiceProvider.GetRequiredService<AlertService>().ListAsync()).Where(x => x.Period.StartsWith("1998-W", StringComparison.Ordinal)).ToList();
        Assert.Equal(ids.Order(), seen.Select(s => s.OrgUnitId).Order());

        using var a = await app.LoginAsync("a1");
        var ofA = (await a.GetFromJsonAsync<JsonElement>("/api/v1/surveillance/alerts")).EnumerateArray().Where(x => x.GetProperty("period").GetString()!.StartsWith("1998-W", StringComparison.Ordinal)).ToList();
        var own = Assert.Single(ofA);
        Assert.Equal(app.Org.StationA.Id, own.GetProperty("orgUnitId").GetGuid());
        // One alert per event: its span and weeks are in the API beside the first week's fields.
        Assert.Equal(("1998-W10", "1998-W10", 1), (own.GetProperty("period").GetString(), own.GetProperty("lastWeek").GetString(), own.GetProperty("weeks").GetInt32()));
        Assert.Equal(JsonValueKind.Array, own.GetProperty("weekly").ValueKind);
    }
}
