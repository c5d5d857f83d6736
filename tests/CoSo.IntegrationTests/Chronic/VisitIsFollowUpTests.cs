using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Chronic;

public sealed class VisitIsFollowUpTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_ordinary_visit_for_i10_is_the_follow_up_the_appointment_moves_and_the_patient_leaves_the_overdue_list(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (personId, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);
        Assert.Contains(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));

        var visit = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", new
        {
            systolic = 138, diastolic = 86, diagnoses = new[] { new { code = "I10", isMain = true } },
            prescriptions = new[] { new { drug = "Amlodipin", strength = "5 mg", dose = (string?)null, quantity = 0, days = 30, dosePerTake = 1, timesPerDay = 1 } },
        }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        var body = await visit.Content.ReadFromJsonAsync<JsonElement>();
        // The typed drug is the formulary's amlodipine 5 mg: coded, counted, with its written dose.
        var line = body.GetProperty("lines")[0];
        Assert.Equal("AMLO5", line.GetProperty("drugCode").GetString());
        Assert.Equal(30m, line.GetProperty("quantity").GetDecimal());

        Assert.DoesNotContain(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));
        var enrolments = await a.GetFromJsonAsync<JsonElement>($"/api/v1/chronic/enrolments?stationId={app.Org.StationA.Id}");
        var mine = enrolments.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == enrolmentId);
        Assert.Equal(ChronicApi.Iso(ChronicApi.Today.AddDays(30)), mine.GetProperty("nextAppointment").GetString());
        var card = await a.GetFromJsonAsync<JsonElement>($"/api/v1/chronic/people/{personId}/card");
        Assert.Contains(card.GetProperty("readings").EnumerateArray(), r => r.GetProperty("systolic").GetInt32() == 138);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visit_for_another_condition_leaves_the_chronic_appointment_as_it_was(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (personId, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);

        var visit = await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", new { temperatureC = 38.2, diagnoses = new[] { new { code = "J06.9", isMain = true } } });

        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        Assert.Contains(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Voiding_the_follow_up_visit_puts_the_patient_back_on_the_overdue_list(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (personId, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);
        var visit = await (await a.PostAsJsonAsync($"/api/v1/people/{personId}/visits", new { systolic = 135, diastolic = 85, diagnoses = new[] { new { code = "I10", isMain = true } } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));

        using var voiding = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/people/{personId}/visits/{visit.GetProperty("id").GetGuid()}/void") { Content = JsonContent.Create(new { reason = "Nhầm hồ sơ" }) };
        voiding.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.OK, (await a.SendAsync(voiding)).StatusCode);

        Assert.Contains(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));
    }
}
