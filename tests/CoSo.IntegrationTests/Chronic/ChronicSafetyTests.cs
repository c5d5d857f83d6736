using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.Core.People;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.Chronic;

/// <summary>
/// Issue 16, item 5: CoSo never prescribes on its own; only type 2 diabetes gets the oral type 2 protocol;
/// hypoglycaemia raises an alert and a step-down; no losartan (ARB) is suggested or accepted in pregnancy.
/// </summary>
public sealed class ChronicSafetyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_follow_up_the_clinician_does_not_confirm_prescribes_nothing_and_keeps_the_step(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (personId, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);

        var advice = await a.PostAsJsonAsync($"/api/v1/chronic/enrolments/{enrolmentId}/advice", new { systolic = 150, diastolic = 92, adherence = "Good" }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.OK, advice.StatusCode);
        var suggestion = await advice.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, suggestion.GetProperty("suggestedStep").GetInt32());
        Assert.Equal(["Amlodipine"], suggestion.GetProperty("drugs").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        // The suggestion is read from the resident's health data: audited, and the answer carries no identifier.
        Assert.False(suggestion.TryGetProperty("personId", out _));
        var audited = (await TestDatabase.ReadsOfAsync(app.ConnectionString, personId)).Count(e => e.Action == AuditActions.Read && e.Source == "api:chronic-advice");
        Assert.Equal(1, audited);

        var response = await a.PostAsJsonAsync($"/api/v1/chronic/enrolments/{enrolmentId}/follow-ups", new { systolic = 150, diastolic = 92, adherence = "Good" }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, body.GetProperty("protocolStep").GetInt32());
        Assert.Equal(2, body.GetProperty("suggestedStep").GetInt32());
        Assert.Empty(body.GetProperty("visit").GetProperty("prescriptions").EnumerateArray());
        Assert.Contains("AboveTarget", body.GetProperty("advice").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Poor_adherence_holds_the_step_up_until_adherence_is_discussed(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (_, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);
        var body = await PostAsync(a, $"/api/v1/chronic/enrolments/{enrolmentId}/advice", new { systolic = 160, diastolic = 95, adherence = "Poor" }, HttpStatusCode.OK);
        Assert.Equal(1, body.GetProperty("suggestedStep").GetInt32());
        Assert.Equal(["AboveTarget", "CheckAdherence"], Reasons(body));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Type_1_diabetes_is_registered_without_the_oral_type_2_protocol_and_flagged_for_referral(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, birth: new DateOnly(2001, 3, 4)))).GetProperty("id").GetGuid();
        var enrolment = await PostAsync(a, $"/api/v1/chronic/people/{personId}/enrolments", new { programme = "Diabetes", diagnosisCode = "E10.9" }, HttpStatusCode.Created);
        Assert.Equal("E10.9", enrolment.GetProperty("diagnosisCode").GetString());
        Assert.True(enrolment.GetProperty("needsReferral").GetBoolean());
        var enrolmentId = enrolment.GetProperty("id").GetGuid();

        // Fasting glucose 12 mmol/L would step a type 2 patient up; a type 1 patient gets no drug, only the referral.
        var advice = await PostAsync(a, $"/api/v1/chronic/enrolments/{enrolmentId}/advice", new { fastingGlucose = 12.0 }, HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, advice.GetProperty("suggestedStep").ValueKind);
        Assert.Empty(advice.GetProperty("drugs").EnumerateArray());
        Assert.Equal(["NotType2Refer"], Reasons(advice));
        var followUp = await PostAsync(a, $"/api/v1/chronic/enrolments/{enrolmentId}/follow-ups", new { fastingGlucose = 12.0, acceptSuggestion = true }, HttpStatusCode.Created);
        Assert.Empty(followUp.GetProperty("visit").GetProperty("prescriptions").EnumerateArray());
        Assert.Equal("E10.9", followUp.GetProperty("visit").GetProperty("diagnoses")[0].GetProperty("code").GetString());

        // A hypertension code is not a diabetes diagnosis.
        var other = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var wrong = await a.PostAsJsonAsync($"/api/v1/chronic/people/{other}/enrolments", new { programme = "Diabetes", diagnosisCode = "I10" }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("diagnosisCode", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Hypoglycaemia_on_gliclazide_raises_an_alert_and_suggests_the_step_without_it(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var personId = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, birth: new DateOnly(1970, 1, 1)))).GetProperty("id").GetGuid();
        var enrolmentId = (await PostAsync(a, $"/api/v1/chronic/people/{personId}/enrolments", new { programme = "Diabetes", diagnosisCode = "E11.9" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        // The clinician puts the patient on step 3 (metformin + gliclazide).
        await PostAsync(a, $"/api/v1/chronic/enrolments/{enrolmentId}/follow-ups", new { fastingGlucose = 9.5, protocolStep = 3, acceptSuggestion = true }, HttpStatusCode.Created);

        var followUp = await PostAsync(a, $"/api/v1/chronic/enrolments/{enrolmentId}/follow-ups", new { fastingGlucose = 3.6 }, HttpStatusCode.Created);
        var advice = followUp.GetProperty("advice");
        Assert.True(advice.GetProperty("alert").GetBoolean());
        Assert.Equal(["Hypoglycaemia"], Reasons(advice));
        Assert.Equal(2, advice.GetProperty("suggestedStep").GetInt32());
        Assert.DoesNotContain("Gliclazide", advice.GetProperty("drugs").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        // Not confirmed: the step stays where the clinician left it.
        Assert.Equal(3, followUp.GetProperty("protocolStep").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pregnant_woman_is_not_stepped_up_to_losartan_and_losartan_is_refused(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var woman = (await TestPeople.RegisterAsync(a, TestPeople.Input(app.Org.VillageA1.Id, birth: new DateOnly(1992, 6, 1), sex: Sex.Female))).GetProperty("id").GetGuid();
        var enrolmentId = (await PostAsync(a, $"/api/v1/chronic/people/{woman}/enrolments", new { programme = "Hypertension" }, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await PostAsync(a, $"/api/v1/chronic/enrolments/{enrolmentId}/follow-ups", new { systolic = 150, diastolic = 95, protocolStep = 2, acceptSuggestion = true }, HttpStatusCode.Created);

        // Not (known to be) pregnant, child-bearing age: step 3 with losartan, and a reminder to check pregnancy.
        var before = await PostAsync(a, $"/api/v1/chronic/enrolments/{enrolmentId}/advice", new { systolic = 150, diastolic = 95 }, HttpStatusCode.OK);
        Assert.Equal(3, before.GetProperty("suggestedStep").GetInt32());
        Assert.Equal(["AboveTarget", "CheckPregnancyBeforeArb"], Reasons(before));

        // The maternal register now holds her pregnancy.
        var today = ChronicApi.Today;
        await PostAsync(a, $"/api/v1/maternal/people/{woman}/pregnancies", new { firstContactDate = ChronicApi.Iso(today), lastMenstrualPeriod = ChronicApi.Iso(today.AddDays(-70)) }, HttpStatusCode.Created);
        var pregnant = await PostAsync(a, $"/api/v1/chronic/enrolments/{enrolmentId}/advice", new { systolic = 150, diastolic = 95 }, HttpStatusCode.OK);
        Assert.Equal(2, pregnant.GetProperty("suggestedStep").GetInt32());
        Assert.Equal(["AboveTarget", "PregnancyNoArb"], Reasons(pregnant));
        Assert.DoesNotContain("Losartan", pregnant.GetProperty("drugs").EnumerateArray().Select(d => d.GetProperty("name").GetString()));

        var refused = await a.PostAsJsonAsync($"/api/v1/chronic/enrolments/{enrolmentId}/follow-ups", new
        {
            systolic = 150, diastolic = 95,
            prescriptions = new[] { new { drug = "Losartan", strength = "50 mg", dose = "1 viên/ngày", quantity = 30, days = 30 } },
        }, TestPeople.Json);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("prescriptions", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_follow_up_dated_before_the_registration_is_refused_on_its_date_and_saves_no_visit(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        // Registered 6 months ago (ChronicApi); a visit a day before that is not this enrolment's follow-up.
        var (personId, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);
        var registered = ChronicApi.Today.AddMonths(-6);
        var dayBefore = new DateTimeOffset(registered.AddDays(-1).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        var response = await a.PostAsJsonAsync($"/api/v1/chronic/enrolments/{enrolmentId}/follow-ups", new { occurredAt = dayBefore, systolic = 150, diastolic = 92 }, TestPeople.Json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        var messages = JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty("occurredAt");
        Assert.Contains(registered.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), messages[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await TestDatabase.CountAsync<CoSo.Core.Encounters.Encounter>(app.ConnectionString, q => q.Where(e => e.PersonId == personId)));

        // The registration day itself is a follow-up.
        var onTheDay = new DateTimeOffset(registered.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
        await PostAsync(a, $"/api/v1/chronic/enrolments/{enrolmentId}/follow-ups", new { occurredAt = onTheDay, systolic = 150, diastolic = 92 }, HttpStatusCode.Created);
    }

    private static List<string?> Reasons(JsonElement advice) => advice.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body, HttpStatusCode expected)
    {
        var response = await client.PostAsJsonAsync(url, body, TestPeople.Json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
