// Firely's model is nullable-annotated throughout (every FHIR element is optional): these tests assert the values
// themselves, so a null fails the assertion rather than needing a `!` at every step.
#nullable disable warnings
using System.Net;
using CoSo.Core.Audit;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

public sealed class FhirAccessTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Metadata_lists_exactly_what_is_routed(string provider)
    {
        var app = await Apps.Get(provider);
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var capabilities = await FhirTestClient.For(anonymous).CapabilityStatementAsync();
        Assert.Equal(FHIRVersion.N4_0_1, capabilities!.FhirVersion);
        FhirValidation.AssertValid(capabilities);
        var resources = Assert.Single(capabilities.Rest).Resource;
        Assert.Equal(["AllergyIntolerance", "AuditEvent", "CarePlan", "Condition", "Coverage", "Encounter", "Group", "Immunization", "ImmunizationRecommendation", "Location", "MedicationDispense", "MedicationRequest", "Observation", "Organization", "Patient", "Practitioner", "PractitionerRole", "ServiceRequest", "Subscription"], resources.Select(r => r.Type).Order(StringComparer.Ordinal));

        // Every listed interaction and search parameter is served (200), none answers the "not supported" fallback.
        var (_, stationFhir) = await FhirTestClient.SignInAsync(app, "a1");
        var (_, adminFhir) = await FhirTestClient.SignInAsync(app, "admin"); // AuditEvent needs ReadAudit
        foreach (var r in resources)
        {
            var fhir = r.Type == "AuditEvent" ? adminFhir : stationFhir;
            Assert.Contains(r.Interaction, i => i.Code == CapabilityStatement.TypeRestfulInteraction.SearchType);
            foreach (var p in r.SearchParam)
            {
                var value = p.Type switch { SearchParamType.Date => "2020", SearchParamType.Reference => Guid.NewGuid().ToString(), _ => "x" };
                var bundle = await fhir.SearchAsync(r.Type, [$"{p.Name}={value}"]);
                Assert.Equal(Bundle.BundleType.Searchset, bundle!.Type);
                Assert.Contains(p.Name + "=", bundle.SelfLink.ToString(), StringComparison.Ordinal); // applied, not ignored
            }

            foreach (var (kind, values) in new[] { ("_include", r.SearchInclude), ("_revinclude", r.SearchRevInclude) })
            {
                foreach (var value in values)
                {
                    var bundle = await fhir.SearchAsync(r.Type, r.Type is "ImmunizationRecommendation" or "AuditEvent" ? [$"{kind}={value}", $"patient={Guid.NewGuid()}"] : [$"{kind}={value}"]);
                    Assert.Contains($"{kind}={Uri.EscapeDataString(value)}", bundle!.SelfLink.ToString(), StringComparison.Ordinal);
                }
            }

            // Every listed operation is routed: it answers, or refuses its input, but is never the "not supported" fallback.
            foreach (var op in r.Operation)
            {
                var path = (r.Type, op.Name) switch
                {
                    (_, "match") => null,
                    (_, "lastn") => $"{r.Type}/$lastn?patient={Guid.NewGuid()}",
                    ("Group", "export") => $"Group/station-{Guid.NewGuid()}/$export",
                    (_, "export") => $"{r.Type}/$export",
                    _ => $"{r.Type}/{Guid.NewGuid()}/${op.Name}",
                };
                var answered = path is null
                    ? await Record.ExceptionAsync(() => fhir.TypeOperationAsync<Patient>(op.Name, new Parameters().Add("resource", new Patient())))
                    : await Record.ExceptionAsync(() => fhir.GetAsync(path));
                Assert.True(answered is null || (answered is FhirOperationException f && f.Outcome?.Issue[0].Code != OperationOutcome.IssueType.NotSupported), $"{r.Type} ${op.Name}: {answered?.Message}");
            }
        }

        // The system-level operations ($export) too.
        Assert.NotEmpty(capabilities.Rest[0].Operation);
        foreach (var op in capabilities.Rest[0].Operation)
        {
            var answered = await Record.ExceptionAsync(() => stationFhir.GetAsync($"${op.Name}"));
            Assert.True(answered is null || (answered is FhirOperationException f && f.Outcome?.Issue[0].Code != OperationOutcome.IssueType.NotSupported), $"${op.Name}: {answered?.Message}");
        }

        var unknown = await Assert.ThrowsAsync<FhirOperationException>(() => stationFhir.SearchAsync("Basic", []));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(OperationOutcome.IssueType.NotSupported, unknown.Outcome.Issue[0].Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_a_session_the_answer_is_401_with_a_challenge_and_an_OperationOutcome_not_a_redirect(string provider)
    {
        var app = await Apps.Get(provider);
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var (path, language, text) in new[] { ("/fhir/Patient?name=an", "vi", "Cần đăng nhập"), ($"/fhir/Patient/{Guid.NewGuid()}", "en", "Authentication required") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptLanguage.ParseAdd(language);
            var response = await anonymous.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.NotEmpty(response.Headers.WwwAuthenticate);
            Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
            var outcome = System.Text.Json.JsonSerializer.Deserialize<OperationOutcome>(await response.Content.ReadAsStringAsync(), new System.Text.Json.JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector))!;
            Assert.Equal(OperationOutcome.IssueType.Login, outcome.Issue[0].Code);
            Assert.StartsWith(text, outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_stations_patient_is_404_on_read_absent_from_search_and_the_attempt_is_audited(string provider)
    {
        var app = await Apps.Get(provider);
        var (httpA, fhirA) = await FhirTestClient.SignInAsync(app, "a1");
        var registered = await TestPeople.RegisterAsync(httpA, TestPeople.Input(app.Org.VillageA1.Id));
        var id = registered.GetProperty("id").GetGuid();
        var cccd = registered.GetProperty("cccd").GetString();
        var visit = await httpA.PostAsync($"/api/v1/people/{id}/visits", System.Net.Http.Json.JsonContent.Create(new { systolic = 120, diastolic = 80, diagnoses = new[] { new { code = "Z00.0", isMain = true } } }));
        var visitId = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(visit.Content)).GetProperty("id").GetGuid();

        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        foreach (var path in new[] { $"Patient/{id}", $"Encounter/{visitId}", $"Observation/{visitId}-bp", $"Coverage/{id}" })
        {
            var denied = await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.GetAsync(path));
            Assert.Equal(HttpStatusCode.NotFound, denied.Status);
            Assert.Equal(OperationOutcome.IssueType.NotFound, denied.Outcome.Issue[0].Code);
        }

        foreach (var query in new[] { ("Patient", $"identifier={cccd}"), ("Patient", $"_id={id}"), ("Encounter", $"patient={id}"), ("Observation", $"patient={id}"), ("Condition", $"patient={id}"), ("Coverage", $"patient={id}"), ("Encounter", $"subject:Patient.identifier={FhirTestClient.Cccd}|{cccd}") })
        {
            var bundle = await fhirB.SearchAsync(query.Item1, [query.Item2]);
            Assert.Equal(0, bundle!.Total);
            Assert.Empty(bundle.Entry);
        }

        // One "denied" row per read: the Patient read names the resident, Coverage its id, the visit reads the visit.
        var deniedRows = await TestDatabase.WithDbAsync(app.ConnectionString, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEntries.Where(x => x.Action == AuditActions.Denied && x.UserName == "b1" && (x.PersonId == id || x.EntityId == visitId || x.EntityId == id))));
        Assert.Equal(4, deniedRows.Count);
        Assert.Equal(1, deniedRows.Count(r => r.PersonId == id));
        Assert.Equal(2, deniedRows.Count(r => r.EntityId == id));
        Assert.Equal(2, deniedRows.Count(r => r.EntityId == visitId));
        Assert.DoesNotContain(await TestDatabase.ReadsOfAsync(app.ConnectionString, id), r => r.UserName == "b1");

        // Station A's reads are audited like /api/v1's: a read, and a search listing the resident.
        await fhirA.ReadAsync<Patient>($"Patient/{id}");
        await fhirA.SearchAsync<Observation>([$"patient={id}"]);
        var reads = (await TestDatabase.ReadsOfAsync(app.ConnectionString, id)).Where(r => r.UserName == "a1").ToList();
        Assert.Contains(reads, r => r.Action == AuditActions.Read && r.Source.Contains("/fhir/Patient/", StringComparison.Ordinal));
        Assert.Contains(reads, r => r.Action == AuditActions.Search && r.Source.Contains("/fhir/Observation", StringComparison.Ordinal));
    }
}
