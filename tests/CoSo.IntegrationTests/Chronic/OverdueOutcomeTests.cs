using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Chronic;
using CoSo.Core.People;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.Chronic;

public sealed class OverdueOutcomeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_patient_past_the_appointment_is_listed_with_phone_village_last_bp_and_days_overdue(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (personId, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id, 185, 100);

        var items = await ChronicApi.OverdueAsync(a, $"?stationId={app.Org.StationA.Id}");
        var row = items.Single(i => i.GetProperty("enrolmentId").GetGuid() == enrolmentId);
        Assert.Equal(5, row.GetProperty("daysOverdue").GetInt32());
        Assert.Equal(185, row.GetProperty("lastSystolic").GetInt32());
        Assert.True(row.GetProperty("highRisk").GetBoolean());
        Assert.Equal("Thôn Đông", row.GetProperty("villageName").GetString());
        Assert.StartsWith("0912", row.GetProperty("phone").GetString(), StringComparison.Ordinal);
        // BP ≥ 180/110 sorts first: every high-risk row precedes every other row.
        var flags = items.Select(i => i.GetProperty("highRisk").GetBoolean()).ToList();
        Assert.Equal(flags.OrderByDescending(f => f), flags);
        Assert.Contains(personId, items.Select(i => i.GetProperty("personId").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agreed_to_come_moves_the_appointment_and_takes_the_patient_off_the_list(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (_, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);

        var response = await ChronicApi.OutcomeAsync(a, enrolmentId, "AgreedToCome", ChronicApi.Today.AddDays(7));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ChronicApi.Iso(ChronicApi.Today.AddDays(7)), body.GetProperty("nextAppointment").GetString());
        Assert.DoesNotContain(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agreed_to_come_with_a_past_date_is_refused_with_a_field_error(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (_, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);

        var response = await ChronicApi.OutcomeAsync(a, enrolmentId, "AgreedToCome", ChronicApi.Today.AddDays(-1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Moved_closes_the_enrolment_as_moved_away(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (_, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);

        Assert.Equal(HttpStatusCode.OK, (await ChronicApi.OutcomeAsync(a, enrolmentId, "Moved")).StatusCode);

        var e = await LoadAsync(app, enrolmentId);
        Assert.Equal(EnrolmentStatus.Closed, e.Status);
        Assert.Equal(ClosingReason.MovedAway, e.ClosingReason);
        Assert.Equal(ChronicApi.Today, e.ClosedOn);
        Assert.DoesNotContain(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Died_closes_the_enrolment_and_marks_the_resident_deceased(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (personId, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);

        Assert.Equal(HttpStatusCode.OK, (await ChronicApi.OutcomeAsync(a, enrolmentId, "Died")).StatusCode);

        var e = await LoadAsync(app, enrolmentId);
        Assert.Equal(ClosingReason.Died, e.ClosingReason);
        var person = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.People.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == personId));
        Assert.True(person.IsDeceased);
        Assert.Equal(ChronicApi.Today, person.DeceasedOn);
        Assert.DoesNotContain(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Refused_hides_the_patient_for_thirty_days(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (_, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);

        Assert.Equal(HttpStatusCode.OK, (await ChronicApi.OutcomeAsync(a, enrolmentId, "Refused")).StatusCode);

        var e = await LoadAsync(app, enrolmentId);
        Assert.Equal(EnrolmentStatus.Active, e.Status);
        Assert.Equal(ChronicApi.Today.AddDays(30), e.SnoozedUntil);
        Assert.DoesNotContain(enrolmentId, (await ChronicApi.OverdueAsync(a)).Select(i => i.GetProperty("enrolmentId").GetGuid()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Wrong_number_and_unreachable_keep_the_patient_listed_and_count_the_attempts(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (_, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);

        Assert.Equal(HttpStatusCode.OK, (await ChronicApi.OutcomeAsync(a, enrolmentId, "WrongNumber")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ChronicApi.OutcomeAsync(a, enrolmentId, "Unreachable")).StatusCode);

        var row = (await ChronicApi.OverdueAsync(a)).Single(i => i.GetProperty("enrolmentId").GetGuid() == enrolmentId);
        Assert.Equal(2, row.GetProperty("callAttempts").GetInt32());
        Assert.Equal("Unreachable", row.GetProperty("lastCallOutcome").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_village_health_worker_sees_only_the_overdue_patients_of_the_village(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (_, inA1) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);
        var (_, inA2) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA2.Id);

        using var vhw = await app.LoginAsync("vhw");
        var seen = (await ChronicApi.OverdueAsync(vhw)).Select(i => i.GetProperty("enrolmentId").GetGuid()).ToList();
        Assert.Contains(inA1, seen);
        Assert.DoesNotContain(inA2, seen);

        using var b = await app.LoginAsync("b1");
        Assert.DoesNotContain(inA1, (await ChronicApi.OverdueAsync(b)).Select(i => i.GetProperty("enrolmentId").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await ChronicApi.OutcomeAsync(b, inA1, "Refused")).StatusCode);
    }

    private static Task<ChronicEnrolment> LoadAsync(CoSoApp app, Guid id) =>
        TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<ChronicEnrolment>().AsNoTracking().SingleAsync(e => e.Id == id));
}
