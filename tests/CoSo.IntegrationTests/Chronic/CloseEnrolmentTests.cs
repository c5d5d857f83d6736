using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Chronic;
using CoSo.Core.People;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.Chronic;

/// <summary>Closing an enrolment by hand (the care card's "Đóng quản lý" dialog calls the same service).</summary>
public sealed class CloseEnrolmentTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Closing_as_moved_away_on_a_past_date_keeps_the_row_with_reason_and_date_and_drops_it_from_the_overdue_list(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (_, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);
        var on = ChronicApi.Today.AddDays(-3);

        var response = await a.PostAsJsonAsync($"/api/v1/chronic/enrolments/{enrolmentId}/close", new { reason = "MovedAway", on = ChronicApi.Iso(on) }, TestPeople.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<ChronicEnrolment>().AsNoTracking().SingleAsync(e => e.Id == enrolmentId));
        Assert.Equal((EnrolmentStatus.Closed, ClosingReason.MovedAway, on), (row.Status, row.ClosingReason, row.ClosedOn));
        Assert.DoesNotContain(await ChronicApi.OverdueAsync(a), i => i.GetProperty("enrolmentId").GetGuid() == enrolmentId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Closing_as_died_marks_the_resident_deceased_on_that_date(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (personId, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);
        var on = ChronicApi.Today.AddDays(-1);

        var response = await a.PostAsJsonAsync($"/api/v1/chronic/enrolments/{enrolmentId}/close", new { reason = "Died", on = ChronicApi.Iso(on) }, TestPeople.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<Person>().IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == personId));
        Assert.Equal((true, (DateOnly?)on), (person.IsDeceased, person.DeceasedOn));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Closing_is_refused_for_a_transfer_reason_a_future_date_or_a_date_before_registration(string provider)
    {
        var app = await Apps.Get(provider);
        using var a = await app.LoginAsync("a1");
        var (_, enrolmentId) = await ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);

        // The patient was registered 6 months ago (ChronicApi).
        foreach (var (reason, on, field) in new[]
        {
            ("TransferredOut", ChronicApi.Today, "reason"),
            ("MovedAway", ChronicApi.Today.AddDays(1), "on"),
            ("Other", ChronicApi.Today.AddMonths(-7), "on"),
        })
        {
            var response = await a.PostAsJsonAsync($"/api/v1/chronic/enrolments/{enrolmentId}/close", new { reason, on = ChronicApi.Iso(on) }, TestPeople.Json);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{reason} {on}: {problem}");
        }

        var row = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<ChronicEnrolment>().AsNoTracking().SingleAsync(e => e.Id == enrolmentId));
        Assert.Equal(EnrolmentStatus.Active, row.Status);
    }
}
