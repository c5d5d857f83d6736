// Firely's model is nullable-annotated throughout (every FHIR element is optional): these tests assert the values
// themselves, so a null fails the assertion rather than needing a `!` at every step.
#nullable disable warnings
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using CoSo.Core.Identity;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Fhir.Subscriptions;
using CoSo.Data.Surveillance;
using CoSo.IntegrationTests.Infrastructure;
using CoSo.Web.Fhir.Subscriptions;
using CoSo.Web.Infrastructure.Auth;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

/// <summary>
/// FHIR Subscriptions (R5 Backport IG on R4) end to end: a subscription created through Firely's FhirClient, an event
/// made through CoSo's own API, the outbox drained by the tests (the app's drain job is off), and a real HTTP receiver
/// on loopback that gets the notification.
/// </summary>
public sealed class FhirSubscriptionTests
{
    private const string FilterCriteria = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-filter-criteria";
    private const string PayloadContent = "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/backport-payload-content";
    private const string ImmunizationTopic = "urn:coso:subscription-topic:immunization";

    private static readonly System.Text.Json.JsonSerializerOptions FhirJson = new System.Text.Json.JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_dose_recorded_through_the_api_reaches_the_receiver_as_an_id_only_history_Bundle_without_personal_data(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        await using var receiver = await HookReceiver.StartAsync();
        var name = TestPeople.UniqueName("Trần Thị");
        var born = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2);
        var child = await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, name: name, birth: born, sex: Core.People.Sex.Female));
        var childId = child.GetProperty("id").GetString();
        var cccd = child.GetProperty("cccd").GetString();

        var created = await fhir.CreateAsync(NewSubscription(ImmunizationTopic, receiver.Url, $"Immunization?patient=Patient/{childId}", headers: ["Authorization: Bearer hook-secret-1"]));
        Assert.Equal(Subscription.SubscriptionStatus.Requested, created.Status);
        Assert.Equal(ImmunizationTopic, created.Criteria);
        Assert.Equal($"Immunization?patient=Patient/{childId}", Assert.Single(created.CriteriaElement.Extension, e => e.Url == FilterCriteria).Value.ToString());
        Assert.Empty(created.Channel.Header); // the hook's secret is kept, not shown back
        FhirValidation.AssertValid(created);

        // The handshake makes it active.
        await DrainAsync(app);
        var handshake = Assert.Single(receiver.For(created.Id));
        Assert.Equal("handshake", Status(handshake).GetSingleValue<Code>("type").Value);
        Assert.Equal("Bearer hook-secret-1", handshake.Authorization);
        Assert.Equal(Subscription.SubscriptionStatus.Active, (await fhir.ReadAsync<Subscription>($"Subscription/{created.Id}")).Status);

        var dose = await http.PostAsJsonAsync($"/api/v1/immunization/people/{childId}/doses", new { vaccine = "BCG", givenOn = born.AddDays(3).ToString("yyyy-MM-dd"), lotNumber = "BCG-07" });
        Assert.Equal(HttpStatusCode.Created, dose.StatusCode);
        var doseId = (await dose.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        await DrainAsync(app);

        var notification = receiver.For(created.Id).Last();
        Assert.Equal("application/fhir+json", notification.ContentType);
        foreach (var personal in new[] { name, name.Split(' ')[^1], cccd, child.GetProperty("bhytNumber").GetString(), born.ToString("yyyy-MM-dd"), "BCG-07" })
        {
            Assert.DoesNotContain(personal, notification.Body, StringComparison.Ordinal);
        }

        var bundle = notification.Bundle;
        Assert.Equal(Bundle.BundleType.History, bundle.Type);
        FhirValidation.AssertValid(bundle);
        var status = Status(notification);
        Assert.Equal(("event-notification", ImmunizationTopic, "active", "1"), (status.GetSingleValue<Code>("type").Value, status.GetSingleValue<Canonical>("topic").Value,
            status.GetSingleValue<Code>("status").Value, status.GetSingleValue<FhirString>("events-since-subscription-start").Value));
        Assert.EndsWith($"/fhir/Subscription/{created.Id}", status.GetSingleValue<ResourceReference>("subscription").Reference, StringComparison.Ordinal);
        var evt = status.Parameter.Single(p => p.Name == "notification-event");
        Assert.Equal(["event-number", "focus"], evt.Part.Select(p => p.Name));
        Assert.Equal("1", evt.Part[0].Value.ToString());
        var focus = ((ResourceReference)evt.Part[1].Value).Reference;
        Assert.EndsWith($"/fhir/Immunization/{doseId}", focus, StringComparison.Ordinal);
        // id-only: the focus's fullUrl, no content.
        var entry = bundle.Entry[1];
        Assert.Equal((focus, null), (entry.FullUrl, entry.Resource));

        // The receiver reads the dose back with its own rights.
        var immunization = await fhir.ReadAsync<Hl7.Fhir.Model.Immunization>(focus);
        Assert.Equal(doseId, immunization.Id);

        // $status answers the same status and count.
        var query = (Bundle)await fhir.GetAsync($"Subscription/{created.Id}/$status");
        var current = (Parameters)Assert.Single(query.Entry).Resource;
        Assert.Equal(("query-status", "active", "1", ImmunizationTopic), (current.GetSingleValue<Code>("type").Value, current.GetSingleValue<Code>("status").Value,
            current.GetSingleValue<FhirString>("events-since-subscription-start").Value, current.GetSingleValue<Canonical>("topic").Value));
        FhirValidation.AssertValid(query);

        // The caller's own search lists it.
        var mine = await fhir.SearchAsync<Subscription>([$"_id={created.Id}"]);
        Assert.Equal(created.Id, Assert.Single(mine.Entry).Resource.Id);
        await fhir.DeleteAsync($"Subscription/{created.Id}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_full_resource_payload_or_a_plain_http_endpoint_is_refused_in_the_requests_language(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var full = NewSubscription(ImmunizationTopic, "https://hook.example.org/coso", null, payload: "full-resource");
        var refused = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.CreateAsync(full));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.StartsWith("Thông báo của Subscription không mang dữ liệu cá nhân", refused.Outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
        Assert.Equal("Subscription.channel.payload", Assert.Single(refused.Outcome.Issue[0].Expression));

        using var english = new HttpRequestMessage(HttpMethod.Post, "/fhir/Subscription")
        {
            Content = new StringContent(new BaseFhirJsonSerializer(ModelInfo.ModelInspector).SerializeToString(full), System.Text.Encoding.UTF8, "application/fhir+json"),
        };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var answer = await http.SendAsync(english);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var outcome = System.Text.Json.JsonSerializer.Deserialize<OperationOutcome>(await answer.Content.ReadAsStringAsync(), FhirJson);
        Assert.StartsWith("Subscription notifications carry no personal data", outcome.Issue[0].Diagnostics, StringComparison.Ordinal);

        foreach (var (endpoint, why) in new[]
        {
            ("http://hook.example.org/coso", "plain http off loopback"), ("ftp://127.0.0.1/x", "not http(s)"),
            ("https://169.254.169.254/latest/meta-data/", "the cloud metadata address"), ("https://10.0.0.5/hook", "a private network"),
            ("https://192.168.1.10/hook", "a private network"), ("https://[fe80::1]/hook", "IPv6 link-local"), ("https://0.0.0.0/hook", "unspecified"),
        })
        {
            var bad = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.CreateAsync(NewSubscription(ImmunizationTopic, endpoint, null)));
            Assert.True(bad.Status == HttpStatusCode.BadRequest && bad.Outcome.Issue[0].Expression.Single() == "Subscription.channel.endpoint", why);
        }

        var unknownTopic = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.CreateAsync(NewSubscription("http://example.org/topic/admission", "https://hook.example.org", null)));
        Assert.Equal(HttpStatusCode.BadRequest, unknownTopic.Status);
        var badFilter = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.CreateAsync(NewSubscription(ImmunizationTopic, "https://hook.example.org", "Immunization?vaccine-code=BCG")));
        Assert.Equal("Subscription.criteria", badFilter.Outcome.Issue[0].Expression.Single());
        Assert.Equal(0, await TestDatabase.CountAsync<FhirSubscription>(app.ConnectionString, q => q.Where(s => s.Endpoint.Contains("hook.example.org"))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_receiver_answering_500_gets_retries_with_backoff_and_after_three_failures_the_status_is_error(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        await using var receiver = await HookReceiver.StartAsync();
        var born = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2);
        var name = TestPeople.UniqueName();
        var childId = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, name: name, birth: born))).GetProperty("id").GetString();
        var created = await fhir.CreateAsync(NewSubscription(ImmunizationTopic, receiver.Url, $"Immunization?patient={childId}"));
        await DrainAsync(app);
        Assert.Single(receiver.For(created.Id)); // the handshake

        receiver.StatusCode = StatusCodes.Status500InternalServerError;
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync($"/api/v1/immunization/people/{childId}/doses", new { vaccine = "BCG", givenOn = born.AddDays(3).ToString("yyyy-MM-dd") })).StatusCode);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        // OutboxDrainer.Backoff: 1 minute after the first failure, 2 after the second; a drain 30 s after the first is too early.
        foreach (var (wait, attempts) in new[] { (TimeSpan.Zero, 1), (TimeSpan.FromSeconds(30), 1), (TimeSpan.FromSeconds(30), 2), (TimeSpan.FromMinutes(2), 3) })
        {
            time.Advance(wait);
            await DrainAsync(app, time);
            Assert.Equal(attempts, (await EventRowAsync(app, created.Id)).Attempts);
        }

        var failed = await EventRowAsync(app, created.Id);
        Assert.Equal((3, null, "HttpRequestException: HTTP 500 from the endpoint"), (failed.Attempts, failed.SentAt, failed.LastError));
        Assert.DoesNotContain(name.Split(' ')[^1], failed.Body + failed.Subject + failed.LastError, StringComparison.Ordinal);
        Assert.Equal(4, receiver.For(created.Id).Count); // the handshake and three attempts, the same event each time
        Assert.Single(receiver.For(created.Id).Skip(1).Select(n => Status(n).Parameter.Single(p => p.Name == "notification-event").Part[0].Value.ToString()).Distinct());

        var status = (Parameters)((Bundle)await fhir.GetAsync($"Subscription/{created.Id}/$status")).Entry[0].Resource;
        Assert.Equal("error", status.GetSingleValue<Code>("status").Value);
        Assert.Equal("HTTP 500 from the endpoint", status.GetSingleValue<CodeableConcept>("error").Text);
        Assert.Equal(Subscription.SubscriptionStatus.Error, (await fhir.ReadAsync<Subscription>($"Subscription/{created.Id}")).Status);

        // The endpoint recovers: the next retry delivers and the subscription is active again.
        receiver.StatusCode = StatusCodes.Status200OK;
        time.Advance(TimeSpan.FromMinutes(4));
        await DrainAsync(app, time);
        Assert.NotNull((await EventRowAsync(app, created.Id)).SentAt);
        Assert.Equal(Subscription.SubscriptionStatus.Active, (await fhir.ReadAsync<Subscription>($"Subscription/{created.Id}")).Status);
        await fhir.DeleteAsync($"Subscription/{created.Id}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_stations_event_is_not_notified_to_a_station_A_user_and_the_organization_filter_selects_a_station(string provider)
    {
        var app = await Apps.Get(provider);
        var (httpA, fhirA) = await FhirTestClient.SignInAsync(app, "a1");
        var (httpB, _) = await FhirTestClient.SignInAsync(app, "b1");
        var (_, fhirAdmin) = await FhirTestClient.SignInAsync(app, "admin");
        await using var receiver = await HookReceiver.StartAsync();
        // No filter: everything of the topic the owner's scope (station A) covers.
        var stationA = await fhirA.CreateAsync(NewSubscription(ImmunizationTopic, receiver.Url, null));
        // The nation's administrator, limited to station B by the filter.
        var onlyB = await fhirAdmin.CreateAsync(NewSubscription(ImmunizationTopic, receiver.Url, $"Immunization?organization=Organization/{app.Org.StationB.Id}"));
        await DrainAsync(app);

        var born = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2);
        var doseA = await DoseAsync(httpA, app.Org.VillageA1.Id, born);
        var doseB = await DoseAsync(httpB, app.Org.VillageB1.Id, born);
        await DrainAsync(app);

        Assert.Contains(doseA, Foci(receiver, stationA.Id));
        Assert.DoesNotContain(doseB, Foci(receiver, stationA.Id));
        Assert.DoesNotContain(await RowsAsync(app, stationA.Id), r => r.Body.Contains(doseB, StringComparison.Ordinal)); // not even queued
        Assert.Contains(doseB, Foci(receiver, onlyB.Id));
        Assert.DoesNotContain(doseA, Foci(receiver, onlyB.Id));

        // Each owner sees only its own subscription.
        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        var denied = await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.ReadAsync<Subscription>($"Subscription/{stationA.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, denied.Status);
        Assert.DoesNotContain((await fhirB.SearchAsync<Subscription>([])).Entry, e => e.Resource.Id == stationA.Id);
        await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.DeleteAsync($"Subscription/{stationA.Id}"));
        await fhirA.DeleteAsync($"Subscription/{stationA.Id}");
        await fhirAdmin.DeleteAsync($"Subscription/{onlyB.Id}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_system_client_owns_its_subscription_within_its_units_scope_and_a_revoked_client_is_told_nothing(string provider)
    {
        var app = await Apps.Get(provider);
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var clientId = FhirSystemClientTests.AddClient(app, "Trung tâm y tế huyện", app.Org.StationA.Code, "system/Subscription.cruds system/Immunization.rs", FhirSystemClientTests.Jwks(key, "k1"));
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var assertion = FhirSystemClientTests.Assertion(clientId, new Microsoft.IdentityModel.Tokens.RsaSecurityKey(key) { KeyId = "k1" }, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha384);
        var token = System.Text.Json.JsonDocument.Parse(await (await FhirSystemClientTests.RequestTokenAsync(anonymous, assertion, "system/Subscription.cruds system/Immunization.rs")).Content.ReadAsStringAsync());
        using var bearer = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());
        var fhir = FhirTestClient.For(bearer);
        await using var receiver = await HookReceiver.StartAsync();
        var created = await fhir.CreateAsync(NewSubscription(ImmunizationTopic, receiver.Url, null));
        Assert.Single(await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<FhirSubscription>().Where(s => s.Id == Guid.Parse(created.Id) && s.OwnerClientId == clientId && s.OwnerUserId == null).ToListAsync()));
        await DrainAsync(app);

        var (httpA, _) = await FhirTestClient.SignInAsync(app, "a1");
        var (httpB, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        var born = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2);
        var doseA = await DoseAsync(httpA, app.Org.VillageA1.Id, born);
        var doseB = await DoseAsync(httpB, app.Org.VillageB1.Id, born);
        await DrainAsync(app);
        Assert.Contains(doseA, Foci(receiver, created.Id));
        Assert.DoesNotContain(doseB, Foci(receiver, created.Id));
        Assert.Equal(created.Id, Assert.Single((await fhir.SearchAsync<Subscription>([$"_id={created.Id}"])).Entry).Resource.Id);
        Assert.DoesNotContain((await fhirB.SearchAsync<Subscription>([])).Entry, e => e.Resource.Id == created.Id);

        // The client deletes with its delete scope (system/Subscription.cruds).
        var second = await fhir.CreateAsync(NewSubscription(ImmunizationTopic, receiver.Url, null));
        await fhir.DeleteAsync($"Subscription/{second.Id}");
        Assert.Equal(0, await TestDatabase.CountAsync<FhirSubscription>(app.ConnectionString, q => q.Where(s => s.Id == Guid.Parse(second.Id))));

        // Revoked: the owner's scope is nothing from then on.
        Assert.Equal(0, FhirSystemClientTests.Cli(out _, "clients", "revoke", clientId, "--database", app.ConnectionString));
        var later = await DoseAsync(httpA, app.Org.VillageA1.Id, born);
        Assert.DoesNotContain(await RowsAsync(app, created.Id), r => r.Body.Contains(later, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Doses_recorded_at_the_same_time_get_distinct_event_numbers_without_gaps(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var created = await fhir.CreateAsync(NewSubscription(ImmunizationTopic, "https://hook.example.org/coso", null));
        var born = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2);
        var children = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            children.Add((await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, birth: born))).GetProperty("id").GetString());
        }

        var answers = await Task.WhenAll(children.Select(c => http.PostAsJsonAsync($"/api/v1/immunization/people/{c}/doses", new { vaccine = "BCG", givenOn = born.AddDays(3).ToString("yyyy-MM-dd") })));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var doses = new List<string>();
        foreach (var a in answers)
        {
            doses.Add((await a.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString());
        }

        // Other tests record station A's doses meanwhile: every row of this subscription has its own number, 1…n.
        await fhir.DeleteAsync($"Subscription/{created.Id}"); // no more events from here
        var notices = (await RowsAsync(app, created.Id)).Select(r => SubscriptionNotice.Parse(r.Body)).Where(n => n.Type == SubscriptionNotice.EventNotification).ToList();
        Assert.All(doses, d => Assert.Contains(notices, n => n.FocusId == Guid.Parse(d)));
        Assert.Equal(Enumerable.Range(1, notices.Count).Select(i => (long)i), notices.Select(n => n.EventNumber).Order());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Delete_stops_delivery_also_of_a_notification_already_queued(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        await using var receiver = await HookReceiver.StartAsync();
        var born = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2);
        var childId = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, birth: born))).GetProperty("id").GetString();
        var created = await fhir.CreateAsync(NewSubscription(ImmunizationTopic, receiver.Url, $"Immunization?patient={childId}"));
        await DrainAsync(app);
        Assert.Single(receiver.For(created.Id));

        await http.PostAsJsonAsync($"/api/v1/immunization/people/{childId}/doses", new { vaccine = "BCG", givenOn = born.AddDays(3).ToString("yyyy-MM-dd") });
        Assert.Single(await RowsAsync(app, created.Id), r => r.SentAt is null); // queued
        await fhir.DeleteAsync($"Subscription/{created.Id}");
        await DrainAsync(app);
        Assert.Single(receiver.For(created.Id)); // still only the handshake
        var closed = Assert.Single(await RowsAsync(app, created.Id), r => r.Body.Contains("event-notification", StringComparison.Ordinal));
        Assert.Equal("Subscription deleted: not delivered", closed.LastError);

        await http.PostAsJsonAsync($"/api/v1/immunization/people/{childId}/doses", new { vaccine = "BCG", givenOn = born.AddDays(4).ToString("yyyy-MM-dd"), overrideReason = "Tiêm lại / repeated" });
        Assert.Equal(2, (await RowsAsync(app, created.Id)).Count); // nothing queued after the delete
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhir.ReadAsync<Subscription>($"Subscription/{created.Id}"))).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_referral_and_a_case_report_are_notified_with_their_focus(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        await using var receiver = await HookReceiver.StartAsync();
        var person = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        var referrals = await fhir.CreateAsync(NewSubscription("urn:coso:subscription-topic:referral", receiver.Url, $"ServiceRequest?patient={person}"));
        var cases = await fhir.CreateAsync(NewSubscription("urn:coso:subscription-topic:notifiable-case", receiver.Url, $"Condition?patient={person}"));
        await DrainAsync(app);

        await FhirCareTests.VisitAsync(http, person, new { systolic = 120, diastolic = 80, diagnoses = new[] { new { code = "J06.9", isMain = true } } }); // sent home: no referral
        var referred = await FhirCareTests.VisitAsync(http, person, new { systolic = 190, diastolic = 120, disposition = "Referred", referredTo = "Bệnh viện huyện", diagnoses = new[] { new { code = "I10", isMain = true } } });
        var report = await http.PostAsJsonAsync("/api/v1/surveillance/cases", new { personId = person, diseaseCode = "dengue", classification = "Suspected", onsetDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd") }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var reportId = (await report.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        await DrainAsync(app);

        var referral = Assert.Single(receiver.For(referrals.Id).Skip(1));
        var focus = ((ResourceReference)Status(referral).Parameter.Single(p => p.Name == "notification-event").Part[1].Value).Reference;
        Assert.EndsWith($"/fhir/ServiceRequest/{referred}", focus, StringComparison.Ordinal);
        Assert.Equal(referred, (await fhir.ReadAsync<ServiceRequest>(focus)).Id);

        // A case report has no FHIR resource: the focus is a logical reference (identifier), and no focus entry follows.
        var notified = Assert.Single(receiver.For(cases.Id).Skip(1));
        var logical = (ResourceReference)Status(notified).Parameter.Single(p => p.Name == "notification-event").Part[1].Value;
        Assert.Equal(("Condition", "urn:coso:case-report", reportId, null), (logical.Type, logical.Identifier.System, logical.Identifier.Value, logical.Reference));
        Assert.Single(notified.Bundle.Entry);
        FhirValidation.AssertValid(notified.Bundle);
        await fhir.DeleteAsync($"Subscription/{referrals.Id}");
        await fhir.DeleteAsync($"Subscription/{cases.Id}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_surveillance_alert_raised_by_the_run_is_notified_to_the_district_in_the_runs_transaction(string provider)
    {
        var app = await Apps.Get(provider);
        var (_, fhir) = await FhirTestClient.SignInAsync(app, "admin");
        await using var receiver = await HookReceiver.StartAsync();
        var created = await fhir.CreateAsync(NewSubscription("urn:coso:subscription-topic:surveillance-alert", receiver.Url, $"Flag?organization={app.Org.Department.Id}"));
        await DrainAsync(app);

        // The notifier inside a transaction, as AlertService's run calls it after its COPY.
        var alertId = Guid.CreateVersion7();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<HttpCurrentActor>().InitializeSystem("system:alerts", new HashSet<Capability> { Capability.ManageAlerts });
            var db = scope.ServiceProvider.GetRequiredService<Data.CoSoDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var added = await SubscriptionNotifier.EnqueueAsync(db, [new SubscriptionEvent(SubscriptionTopics.SurveillanceAlert, alertId, app.Org.StationB.Id, null)], DateTimeOffset.UtcNow, default);
            Assert.Equal(1, added);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }

        await DrainAsync(app);
        var notified = Assert.Single(receiver.For(created.Id).Skip(1));
        var logical = (ResourceReference)Status(notified).Parameter.Single(p => p.Name == "notification-event").Part[1].Value;
        Assert.Equal(("Flag", "urn:coso:surveillance-alert", alertId.ToString()), (logical.Type, logical.Identifier.System, logical.Identifier.Value));
        await fhir.DeleteAsync($"Subscription/{created.Id}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_alert_run_queues_its_new_alert_for_a_subscriber_whose_scope_holds_the_area_and_not_for_a_station_user(string provider)
    {
        // The series of SurveillanceAlertTests: C1 alarms for the province (the department) in 2026-W14.
        var cs = await TestDatabase.CreateAsync(provider, "coso_subs_al");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        int[] series = [2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 2, 5];
        var (province, station) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await TestDatabase.WithDbAsync(cs, async db =>
        {
            for (var w = 0; w < series.Length; w++)
            {
                var monday = new DateOnly(2026, 1, 12).AddDays(7 * w);
                Surveillance.SurveillanceSeed.Cases(db, org.StationA.Id, "covid19", monday, series[w] - 1);
                Surveillance.SurveillanceSeed.Cases(db, org.StationA.Id, "covid19", monday.AddDays(1), 1);
            }

            var admin = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync();
            var b1 = await db.Users.Where(u => u.UserName == "b1").Select(u => u.Id).SingleAsync();
            foreach (var (id, owner) in new[] { (province, admin), (station, b1) })
            {
                db.Set<FhirSubscription>().Add(new FhirSubscription
                {
                    Id = id, OwnerUserId = owner, Topic = SubscriptionTopics.SurveillanceAlert.Key, Endpoint = "https://hook.example.org", Reason = "test",
                    Status = FhirSubscriptionStatus.Active, ServerBase = "https://coso.example.org/fhir", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                });
            }

            return await db.SaveChangesAsync();
        });

        await using (var sp = TestDatabase.Services(cs, new Surveillance.ScopedActor("alerts", AccessScope.Everything)))
        {
            await using var scope = sp.CreateAsyncScope();
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<AlertService>().RunAsync(new DateOnly(2026, 4, 1))).Created);
        }

        var alert = await TestDatabase.WithDbAsync(cs, db => db.Set<SurveillanceAlert>().AsNoTracking().SingleAsync());
        Assert.Equal(org.Department.Id, alert.OrgUnitId);
        var rows = await TestDatabase.WithDbAsync(cs, db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Channel == "fhir-rest-hook").ToListAsync());
        var row = Assert.Single(rows); // the nation's administrator; station B's user does not see the province's alert
        var notice = SubscriptionNotice.Parse(row.Body);
        Assert.Equal((province, "event-notification", "surveillance-alert", 1L, (Guid?)alert.Id), (notice.SubscriptionId, notice.Type, notice.Topic, notice.EventNumber, notice.FocusId));
        Assert.Equal(1, await TestDatabase.WithDbAsync(cs, db => db.Set<FhirSubscription>().Where(s => s.Id == province).Select(s => s.EventsSinceStart).SingleAsync()));
        Assert.Equal(0, await TestDatabase.WithDbAsync(cs, db => db.Set<FhirSubscription>().Where(s => s.Id == station).Select(s => s.EventsSinceStart).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_CapabilityStatement_lists_the_topics_and_the_Subscription_interactions(string provider)
    {
        var app = await Apps.Get(provider);
        var (_, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var capabilities = await fhir.CapabilityStatementAsync();
        var subscription = capabilities.Rest[0].Resource.Single(r => r.Type == "Subscription");
        Assert.Equal(
            ["urn:coso:subscription-topic:immunization", "urn:coso:subscription-topic:notifiable-case", "urn:coso:subscription-topic:referral", "urn:coso:subscription-topic:surveillance-alert"],
            subscription.Extension.Where(e => e.Url == "http://hl7.org/fhir/uv/subscriptions-backport/StructureDefinition/capabilitystatement-subscriptiontopic-canonical")
                .Select(e => ((Canonical)e.Value).Value).Order(StringComparer.Ordinal));
        Assert.Equal(
            [CapabilityStatement.TypeRestfulInteraction.Read, CapabilityStatement.TypeRestfulInteraction.SearchType, CapabilityStatement.TypeRestfulInteraction.Create, CapabilityStatement.TypeRestfulInteraction.Delete],
            subscription.Interaction.Select(i => i.Code.Value));
        Assert.False(subscription.ConditionalCreate);
        Assert.Equal("status", Assert.Single(subscription.Operation).Name);
    }

    private static Subscription NewSubscription(string topic, string endpoint, string filter, string payload = "id-only", string[] headers = null)
    {
        var s = new Subscription
        {
            Status = Subscription.SubscriptionStatus.Requested,
            Reason = "Trạm y tế huyện theo dõi / district follow-up",
            Criteria = topic,
            Channel = new Subscription.ChannelComponent { Type = Subscription.SubscriptionChannelType.RestHook, Endpoint = endpoint, Payload = "application/fhir+json", Header = headers ?? [] },
        };
        if (filter is not null)
        {
            s.CriteriaElement.Extension.Add(new Extension(FilterCriteria, new FhirString(filter)));
        }

        s.Channel.PayloadElement.Extension.Add(new Extension(PayloadContent, new Code(payload)));
        return s;
    }

    private static async Task<string> DoseAsync(HttpClient http, Guid village, DateOnly born)
    {
        var child = (await TestPeople.RegisterAsync(http, TestPeople.Input(village, birth: born))).GetProperty("id").GetString();
        var dose = await http.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "BCG", givenOn = born.AddDays(3).ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Created, dose.StatusCode);
        return (await dose.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
    }

    private static List<string> Foci(HookReceiver receiver, string subscriptionId) =>
        receiver.For(subscriptionId).Select(Status).Select(s => s.Parameter.SingleOrDefault(p => p.Name == "notification-event")?.Part[1].Value)
            .OfType<ResourceReference>().Select(r => r.Reference[(r.Reference.LastIndexOf('/') + 1)..]).ToList();

    private static Parameters Status(Notification n) => (Parameters)n.Bundle.Entry[0].Resource;

    /// <summary>The outbox drained as the job does, through the app's rest-hook sender, at the given time.</summary>
    private static async Task DrainAsync(CoSoApp app, TimeProvider time = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HttpCurrentActor>().InitializeSystem("system:outbox", new HashSet<Capability> { Capability.ManageAlerts });
        var sender = app.Services.GetServices<IOutboxSender>().OfType<FhirRestHookSender>().Single();
        var drainer = time is null ? scope.ServiceProvider.GetRequiredService<OutboxDrainer>() : ActivatorUtilities.CreateInstance<OutboxDrainer>(scope.ServiceProvider, time);
        await drainer.DrainAsync(sender);
    }

    private static Task<List<OutboxMessage>> RowsAsync(CoSoApp app, string subscriptionId) =>
        TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Subject == "Subscription/" + subscriptionId).OrderBy(m => m.CreatedAt).ToListAsync());

    private static async Task<OutboxMessage> EventRowAsync(CoSoApp app, string subscriptionId) =>
        Assert.Single(await RowsAsync(app, subscriptionId), r => r.Body.Contains("event-notification", StringComparison.Ordinal));

    internal sealed record Notification(string Body, string ContentType, string Authorization, Bundle Bundle);

    /// <summary>A real HTTP receiver on loopback (Kestrel on a free port) that keeps what it is sent and answers <see cref="StatusCode"/>.</summary>
    internal sealed class HookReceiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<Notification> _received = new();

        private HookReceiver(WebApplication app) => _app = app;

        public int StatusCode { get; set; } = StatusCodes.Status200OK;

        public string Url { get; private set; }

        public static async Task<HookReceiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new HookReceiver(app);
            app.MapPost("/hook", async (HttpRequest request) =>
            {
                var body = await new StreamReader(request.Body).ReadToEndAsync();
                receiver._received.Enqueue(new Notification(body, request.ContentType?.Split(';')[0], request.Headers.Authorization.ToString(),
                    System.Text.Json.JsonSerializer.Deserialize<Bundle>(body, FhirJson)));
                return Results.StatusCode(receiver.StatusCode);
            });
            await app.StartAsync();
            receiver.Url = app.Urls.First() + "/hook";
            return receiver;
        }

        /// <summary>What was received for one subscription, in order.</summary>
        public List<Notification> For(string subscriptionId) =>
            _received.Where(n => ((Parameters)n.Bundle.Entry[0].Resource).GetSingleValue<ResourceReference>("subscription").Reference.EndsWith("/Subscription/" + subscriptionId, StringComparison.Ordinal)).ToList();

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>The rest-hook's address rule (HookAddressGuard), on the ranges' own boundaries (RFC 1918, RFC 6598, RFC 3927, RFC 4193).</summary>
    [Theory]
    [InlineData("8.8.8.8", false, false, true)]
    [InlineData("127.0.0.1", false, true, false)]
    [InlineData("127.0.0.1", true, false, true)]
    [InlineData("::1", false, true, false)]
    [InlineData("169.254.169.254", true, true, false)]
    [InlineData("0.0.0.0", true, true, false)]
    [InlineData("224.0.0.1", true, true, false)]
    [InlineData("9.255.255.255", false, false, true)]
    [InlineData("10.0.0.0", false, false, false)]
    [InlineData("10.255.255.255", false, true, true)]
    [InlineData("11.0.0.0", false, false, true)]
    [InlineData("172.15.255.255", false, false, true)]
    [InlineData("172.16.0.0", false, false, false)]
    [InlineData("172.31.255.255", false, false, false)]
    [InlineData("172.32.0.0", false, false, true)]
    [InlineData("192.168.0.1", false, false, false)]
    [InlineData("192.169.0.1", false, false, true)]
    [InlineData("100.63.255.255", false, false, true)]
    [InlineData("100.64.0.1", false, false, false)]
    [InlineData("100.127.255.255", false, false, false)]
    [InlineData("100.128.0.0", false, false, true)]
    [InlineData("::ffff:10.0.0.1", false, false, false)]
    [InlineData("fe80::1", true, true, false)]
    [InlineData("fd12:3456::1", false, false, false)]
    [InlineData("fd12:3456::1", false, true, true)]
    [InlineData("2001:4860:4860::8888", false, false, true)]
    public void The_hook_calls_only_public_addresses_unless_configured(string address, bool loopback, bool privateNetworks, bool allowed) =>
        Assert.Equal(allowed, CoSo.Web.Fhir.Subscriptions.HookAddressGuard.Allows(System.Net.IPAddress.Parse(address), loopback, privateNetworks));
}
