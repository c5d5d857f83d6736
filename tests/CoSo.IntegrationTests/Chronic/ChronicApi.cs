using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Common;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Chronic;

/// <summary>Arranges chronic patients through the public API, as staff would.</summary>
internal static class ChronicApi
{
    public static DateOnly Today => VietnamClock.Today(TimeProvider.System);

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A new resident of station A (village A1 unless told) enrolled for hypertension, 5 days past the appointment.</summary>
    public static async Task<(Guid PersonId, Guid EnrolmentId)> OverduePatientAsync(HttpClient client, Guid villageId, int systolic = 150, int diastolic = 95)
    {
        var personId = (await TestPeople.RegisterAsync(client, TestPeople.Input(villageId))).GetProperty("id").GetGuid();
        var response = await client.PostAsJsonAsync($"/api/v1/chronic/people/{personId}/enrolments", new
        {
            programme = "Hypertension",
            registeredOn = Iso(Today.AddMonths(-6)),
            diagnosedBy = "Trạm Y tế",
            baselineSystolic = systolic,
            baselineDiastolic = diastolic,
            nextAppointment = Iso(Today.AddDays(-5)),
        }, TestPeople.Json);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"Enrol failed {(int)response.StatusCode}: {body}");
        }

        return (personId, body.GetProperty("id").GetGuid());
    }

    public static async Task<List<JsonElement>> OverdueAsync(HttpClient client, string query = "")
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/chronic/overdue" + query);
        return list.GetProperty("items").EnumerateArray().ToList();
    }

    public static async Task<HttpResponseMessage> OutcomeAsync(HttpClient client, Guid enrolmentId, string outcome, DateOnly? newAppointment = null) =>
        await client.PostAsJsonAsync($"/api/v1/chronic/enrolments/{enrolmentId}/outcomes",
            new { outcome, newAppointment = newAppointment is { } d ? Iso(d) : null }, TestPeople.Json);
}
