using System.Net;
using System.Net.Http.Json;
using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Access;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.Security;

/// <summary>
/// Issue 14, item 1: the permission matrix through the API — each role against one write per capability — and the
/// data layer's write policy covering every entity type of the model.
/// </summary>
public sealed class PermissionMatrixTests
{
    [Fact]
    public async Task Every_entity_type_of_the_model_has_a_write_rule()
    {
        var cs = await TestDatabase.CreateAsync(TestDatabase.Sqlite, "coso_write_policy");
        var types = await TestDatabase.WithDbAsync(cs, db => Task.FromResult(db.Model.GetEntityTypes().Where(t => !t.IsOwned()).Select(t => t.ClrType).Distinct().ToList()));
        var missing = types.Where(t => !WritePolicy.Rules.ContainsKey(t)).Select(t => t.FullName).ToList();
        Assert.Empty(missing);
        Assert.True(types.Count >= 60, $"only {types.Count} entity types: the model was not read");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_role_may_call_exactly_the_writes_its_capabilities_allow(string provider)
    {
        await using var app = await CoSoApp.StartAsync(provider);
        await TestDatabase.WithDbAsync(app.ConnectionString, async db =>
        {
            var hash = PasswordHasher.Hash(TestOrg.Password, 1_000);
            foreach (var (name, role) in new[] { ("dm", Role.DistrictManager), ("pm", Role.ProvincialManager) })
            {
                var user = new UserAccount { Id = Guid.CreateVersion7(), UserName = name, DisplayName = name, PasswordHash = hash, Role = role, CreatedAt = DateTimeOffset.UtcNow };
                user.Units.Add(new UserOrgUnit { UserId = user.Id, OrgUnitId = app.Org.Department.Id });
                db.Users.Add(user);
            }

            return await db.SaveChangesAsync();
        });

        // A resident of village A1: inside every role's scope, the village health worker's included.
        Guid person;
        using var admin = await app.LoginAsync("admin");
        using (var station = await app.LoginAsync("a1"))
        {
            person = (await TestPeople.RegisterAsync(station, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        }

        var a = app.Org.StationA.Id;
        var calls = new (Capability Capability, HttpMethod Method, string Url, bool StationLevel)[]
        {
            (Capability.RegisterResidents, HttpMethod.Post, "/api/v1/people", false),
            (Capability.MergeResidents, HttpMethod.Post, $"/api/v1/people/{person}/merge", false),
            (Capability.RecordVisits, HttpMethod.Post, $"/api/v1/people/{person}/visits", false),
            (Capability.ChronicCare, HttpMethod.Post, $"/api/v1/chronic/people/{person}/enrolments", false),
            (Capability.MaternalCare, HttpMethod.Post, $"/api/v1/maternal/people/{person}/pregnancies", false),
            (Capability.NotifyPregnancy, HttpMethod.Post, $"/api/v1/maternal/people/{person}/pregnancy-reports", false),
            (Capability.Immunize, HttpMethod.Post, $"/api/v1/immunization/people/{person}/doses", false),
            (Capability.RecordGrowthAndNutrition, HttpMethod.Post, $"/api/v1/people/{person}/growth", false),
            (Capability.FamilyPlanning, HttpMethod.Post, $"/api/v1/people/{person}/family-planning", false),
            (Capability.ReportCases, HttpMethod.Post, "/api/v1/surveillance/cases", false),
            (Capability.Dispense, HttpMethod.Post, "/api/v1/stock/receipts", true),
            (Capability.ManageStaff, HttpMethod.Post, "/api/v1/workforce/staff", true),
            (Capability.ManageFacilities, HttpMethod.Put, $"/api/v1/facilities/stations/{a}", true),
            (Capability.ManageHighRiskAreas, HttpMethod.Put, $"/api/v1/immunization/high-risk-areas/{a}", true),
            (Capability.ManagePopulationFigures, HttpMethod.Put, $"/api/v1/indicators/population/{a}/2091", true),
            (Capability.ManageAlerts, HttpMethod.Post, "/api/v1/surveillance/alerts/run", true),
            (Capability.ComputeIndicators, HttpMethod.Post, "/api/v1/indicators/recompute?period=2026-10", true),
            (Capability.ReadAudit, HttpMethod.Get, "/api/v1/audit", true),
            // The service or the endpoint refuses before it looks for the (unknown) id: 403 for a role without the capability, 404 for one with it.
            (Capability.RecordOutreach, HttpMethod.Post, $"/api/v1/chronic/enrolments/{Guid.CreateVersion7()}/outcomes", false),
            (Capability.RecordLabResults, HttpMethod.Post, $"/api/v1/surveillance/cases/{Guid.CreateVersion7()}/lab-results", false),
            (Capability.RespondToAlerts, HttpMethod.Post, $"/api/v1/surveillance/alerts/{Guid.CreateVersion7()}/transitions", false),
            (Capability.AssessCriteria, HttpMethod.Post, $"/api/v1/facilities/stations/{a}/assessments/{Guid.CreateVersion7()}/2026/submit", true),
            (Capability.PreReviewAssessments, HttpMethod.Post, $"/api/v1/facilities/stations/{a}/assessments/{Guid.CreateVersion7()}/2026/pre-review", true),
            (Capability.ManageCriteriaSets, HttpMethod.Post, "/api/v1/facilities/criteria-sets", true),
            (Capability.ReadNotifications, HttpMethod.Post, "/api/v1/notifications/read-all", false),
        };

        var roles = new[] { ("a1", Role.StationClinician), ("vhw", Role.VillageHealthWorker), ("dm", Role.DistrictManager), ("pm", Role.ProvincialManager), ("admin", Role.Administrator) };
        var wrong = new List<string>();
        foreach (var (login, role) in roles)
        {
            using var client = login == "admin" ? admin : await app.LoginAsync(login);
            foreach (var (capability, method, url, stationLevel) in calls)
            {
                using var request = new HttpRequestMessage(method, url);
                if (method != HttpMethod.Get)
                {
                    request.Content = JsonContent.Create(new { });
                }

                var status = (await client.SendAsync(request)).StatusCode;
                var allowed = Permissions.Has(role, capability);
                // A village health worker does not see the station's org-level rows at all: 404 there is a refusal too.
                var refused = status == HttpStatusCode.Forbidden || (stationLevel && role == Role.VillageHealthWorker && status == HttpStatusCode.NotFound);
                if (allowed == refused || status == HttpStatusCode.InternalServerError)
                {
                    wrong.Add($"{role} {capability} {method} {url}: {(int)status}, expected {(allowed ? "allowed" : "403")}");
                }
            }
        }

        Assert.Empty(wrong);

        // Approving is the province's (since 07/2025): a regional centre that may pre-review is refused at the service.
        var review = $"/api/v1/facilities/stations/{a}/assessments/{Guid.CreateVersion7()}/2026/review";
        using (var dm = await app.LoginAsync("dm"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await dm.PostAsJsonAsync(review, new { approve = true })).StatusCode);
        }

        using (var pm = await app.LoginAsync("pm"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await pm.PostAsJsonAsync(review, new { approve = true })).StatusCode); // allowed; no such assessment
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_village_health_worker_cannot_prescribe_merge_or_edit_staff_and_nothing_is_saved(string provider)
    {
        var app = await Apps.Get(provider);
        using var station = await app.LoginAsync("a1");
        var keep = (await TestPeople.RegisterAsync(station, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        var dup = (await TestPeople.RegisterAsync(station, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetGuid();
        using var vhw = await app.LoginAsync("vhw");

        var merge = await vhw.PostAsJsonAsync($"/api/v1/people/{keep}/merge", new { duplicateId = dup });
        Assert.Equal(HttpStatusCode.Forbidden, merge.StatusCode);
        Assert.Contains("không có quyền", await merge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var visit = await vhw.PostAsJsonAsync($"/api/v1/people/{keep}/visits", new
        {
            chiefComplaint = "Đau đầu", systolic = 150, diastolic = 95,
            diagnoses = new[] { new { icdCode = "I10", isPrimary = true } },
            prescriptions = new[] { new { drug = "Amlodipin", strength = "5 mg", dose = "1 viên/ngày", days = 30, quantity = 30 } },
        });
        Assert.Equal(HttpStatusCode.Forbidden, visit.StatusCode);

        // The test reads as the operator (the whole tree), so the rows of any station are visible without switching filters off.
        await TestDatabase.WithDbAsync(app.ConnectionString, async db =>
        {
            Assert.Null((await db.People.SingleAsync(p => p.Id == dup)).MergedIntoId);
            Assert.False(await db.Encounters.AnyAsync(e => e.PersonId == keep));
            return 0;
        });
    }
}
