#nullable disable warnings
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

using Immunization = Hl7.Fhir.Model.Immunization;

/// <summary>Bulk Data export (issue 18 item 6): async kick-off, polling, NDJSON per type, scope, _since, _typeFilter, audit.</summary>
public sealed class FhirExportTests
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_station_users_export_holds_only_its_residents_as_valid_NDJSON_and_is_audited(string provider)
    {
        var app = await Apps.Get(provider);
        var (a, _) = await FhirTestClient.SignInAsync(app, "a1");
        var (b, _) = await FhirTestClient.SignInAsync(app, "b1");
        var (ours, ourChild) = await SeedBothAsync(a, app.Org.VillageA1.Id);
        var (theirs, theirChild) = await SeedBothAsync(b, app.Org.VillageB1.Id);

        var (status, manifest) = await ExportAsync(a, "/fhir/$export");
        Assert.True(manifest.GetProperty("requiresAccessToken").GetBoolean());
        Assert.EndsWith("/fhir/$export", manifest.GetProperty("request").GetString());
        Assert.True(DateTimeOffset.TryParse(manifest.GetProperty("transactionTime").GetString(), CultureInfo.InvariantCulture, out _));
        var files = await FilesAsync(a, manifest);
        Assert.Equal(["Condition", "Encounter", "Immunization", "Observation", "Patient"], files.Keys.Order(StringComparer.Ordinal));

        // Our resident and each part of their record are there; the other station's resident is in no file.
        Assert.Contains(files["Patient"], r => r.Id == ours);
        Assert.Contains(files["Encounter"], r => ((Encounter)r).Subject.Reference == "Patient/" + ours);
        Assert.Contains(files["Observation"], r => ((Observation)r).Subject.Reference == "Patient/" + ours && ((Observation)r).Code.Coding[0].Code == "85354-9");
        Assert.Contains(files["Condition"], r => ((Condition)r).Subject.Reference == "Patient/" + ours && ((Condition)r).Code.Coding[0].Code == "I10");
        Assert.Contains(files["Immunization"], r => ((Immunization)r).Patient.Reference == "Patient/" + ourChild);
        foreach (var (_, resources) in files)
        {
            Assert.DoesNotContain(resources, r => r.Id == theirs || r.Id == theirChild || Subject(r) == "Patient/" + theirs || Subject(r) == "Patient/" + theirChild);
        }

        Assert.All(files["Patient"].Take(20), FhirValidation.AssertValid);
        Assert.All(files["Observation"].Take(20), FhirValidation.AssertValid);

        // The status and files are the requester's only.
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(status)).StatusCode);
        var url = manifest.GetProperty("output")[0].GetProperty("url").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(url)).StatusCode);

        // Audited: one export entry naming the user, the scope and the counts; the residents as read by the export.
        var job = Guid.Parse(status[(status.LastIndexOf('/') + 1)..]);
        var entry = Assert.Single(await TestDatabase.WithDbAsync(app.ConnectionString, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEntries.Where(x => x.Action == AuditActions.Export && x.EntityId == job))));
        Assert.Equal("a1", entry.UserName);
        Assert.Contains($"Patient={files["Patient"].Count}", entry.EntityType);
        Assert.Contains($"Observation={files["Observation"].Count}", entry.EntityType);
        Assert.Contains(await TestDatabase.ReadsOfAsync(app.ConnectionString, Guid.Parse(ours)), r => r.Source == "fhir-export:" + job && r.UserName == "a1");

        // DELETE cancels / removes it.
        Assert.Equal(HttpStatusCode.Accepted, (await a.DeleteAsync(status)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(status)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Since_type_typeFilter_and_the_station_group_narrow_the_export(string provider)
    {
        var app = await Apps.Get(provider);
        var (a, _) = await FhirTestClient.SignInAsync(app, "a1");
        var (b, _) = await FhirTestClient.SignInAsync(app, "b1");
        var before = await SeedAsync(a, app.Org.VillageA1.Id);
        var theirs = await SeedAsync(b, app.Org.VillageB1.Id);
        await Task.Delay(1100);
        var since = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        await Task.Delay(1100);
        var after = await SeedAsync(a, app.Org.VillageA1.Id);

        var (_, manifest) = await ExportAsync(a, $"/fhir/Patient/$export?_type=Patient,Observation&_since={since}&_typeFilter=Observation%3Fcategory%3Dlaboratory");
        var files = await FilesAsync(a, manifest);
        Assert.Equal(["Observation", "Patient"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(files["Patient"], r => r.Id == after);
        Assert.DoesNotContain(files["Patient"], r => r.Id == before);
        Assert.NotEmpty(files["Observation"]);
        Assert.All(files["Observation"], o => Assert.Equal("laboratory", ((Observation)o).Category[0].Coding[0].Code));
        Assert.Contains(files["Observation"], o => Subject(o) == "Patient/" + after);
        Assert.DoesNotContain(files["Observation"], o => Subject(o) == "Patient/" + before);

        // A station's Group: its residents; another station's Group is out of scope (404).
        var (_, group) = await ExportAsync(a, $"/fhir/Group/station-{app.Org.StationA.Id}/$export?_type=Patient");
        var patients = (await FilesAsync(a, group))["Patient"];
        Assert.Contains(patients, r => r.Id == before);
        Assert.DoesNotContain(patients, r => r.Id == theirs);
        Assert.Equal(HttpStatusCode.NotFound, (await KickOffAsync(a, $"/fhir/Group/station-{app.Org.StationB.Id}/$export")).StatusCode);

        // A registry's Group: its members and their records only (the seeded residents are not enrolled).
        var (enrolled, _) = await Chronic.ChronicApi.OverduePatientAsync(a, app.Org.VillageA1.Id);
        var (_, registry) = await ExportAsync(a, $"/fhir/Group/registry-{app.Org.StationA.Id}-hypertension/$export?_type=Patient,Encounter");
        var registryFiles = await FilesAsync(a, registry);
        Assert.Contains(registryFiles["Patient"], r => r.Id == enrolled.ToString());
        Assert.DoesNotContain(registryFiles["Patient"], r => r.Id == before || r.Id == after);
        Assert.DoesNotContain(registryFiles["Encounter"], r => Subject(r) == "Patient/" + before || Subject(r) == "Patient/" + after);
        var enrolledIds = (await TestDatabase.WithDbAsync(app.ConnectionString, db => db.Set<CoSo.Core.Chronic.ChronicEnrolment>()
            .Where(e => e.OrgUnitId == app.Org.StationA.Id && e.Programme == CoSo.Core.Chronic.ChronicProgramme.Hypertension && e.Status == CoSo.Core.Chronic.EnrolmentStatus.Active)
            .Select(e => e.PersonId).ToListAsync())).Select(g => g.ToString()).ToHashSet();
        Assert.All(registryFiles["Patient"], r => Assert.Contains(r.Id, enrolledIds));
        Assert.Equal(HttpStatusCode.NotFound, (await KickOffAsync(a, $"/fhir/Group/registry-{app.Org.StationB.Id}-hypertension/$export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await KickOffAsync(a, "/fhir/Group/no-such-group/$export")).StatusCode);

        // Refused up front with an OperationOutcome: no Prefer, an unknown type, a filter the type does not take.
        Assert.Equal(HttpStatusCode.BadRequest, (await a.GetAsync("/fhir/$export")).StatusCode);
        foreach (var bad in new[] { "_type=Claim", "_typeFilter=Observation%3Fcolor%3Dred", "_typeFilter=Patient%3Fgender%3Dmale&_type=Encounter", "_since=2026-01-01T10:00" })
        {
            var response = await KickOffAsync(a, "/fhir/$export?" + bad);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("OperationOutcome", JsonSerializer.Deserialize<Resource>(await response.Content.ReadAsStringAsync(), Fhir).TypeName);
        }

        var (_, male) = await ExportAsync(a, "/fhir/$export?_type=Patient&_typeFilter=Patient%3Fgender%3Dfemale");
        Assert.All((await FilesAsync(a, male))["Patient"], p => Assert.Equal(AdministrativeGender.Female, ((Patient)p).Gender));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_export_outlives_its_process_until_it_expires_and_an_interrupted_one_says_so(string provider)
    {
        var app = await Apps.Get(provider);
        var (a, _) = await FhirTestClient.SignInAsync(app, "a1");
        var ours = await SeedAsync(a, app.Org.VillageA1.Id);
        var (status, manifest) = await ExportAsync(a, "/fhir/$export?_type=Patient");
        var url = manifest.GetProperty("output")[0].GetProperty("url").GetString();

        // A second process on the same database and export folder (a restart, or another node) serves the status and
        // the file; the manifest says when the files expire (24 h by default).
        await using (var restarted = app.WithWebHostBuilder(_ => { }))
        {
            using var again = restarted.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
            Assert.True((await again.PostAsJsonAsync("/api/v1/auth/login", new { userName = "a1", password = TestOrg.Password })).IsSuccessStatusCode);
            var poll = await again.GetAsync(status);
            Assert.Equal(HttpStatusCode.OK, poll.StatusCode);
            var expires = poll.Content.Headers.Expires ?? throw new InvalidOperationException("no Expires header");
            Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromHours(23), TimeSpan.FromHours(24.1));
            var lines = (await again.GetStringAsync(url)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(lines, l => JsonSerializer.Deserialize<Resource>(l, Fhir).Id == ours);

            // Another user is told nothing, there as here.
            using var other = restarted.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
            Assert.True((await other.PostAsJsonAsync("/api/v1/auth/login", new { userName = "b1", password = TestOrg.Password })).IsSuccessStatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(status)).StatusCode);
        }

        // Expired: the sweep deletes the files and the job, and the status is 404.
        var job = Guid.Parse(status[(status.LastIndexOf('/') + 1)..]);
        var directory = await TestDatabase.WithDbAsync(app.ConnectionString, db => db.FhirExportJobs.Where(j => j.Id == job).Select(j => j.Directory).SingleAsync());
        Assert.True(Directory.Exists(directory));
        await TestDatabase.WithDbAsync(app.ConnectionString, db => db.FhirExportJobs.Where(j => j.Id == job)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(status)).StatusCode);
        var sweeper = app.Services.GetRequiredService<CoSo.Web.Fhir.Export.BulkExportSweeper>();
        Assert.True((await sweeper.SweepOnceAsync(CancellationToken.None)).Jobs >= 1);
        Assert.False(Directory.Exists(directory));
        Assert.Equal(0, await TestDatabase.CountAsync<CoSo.Data.Fhir.FhirExportJob>(app.ConnectionString, q => q.Where(j => j.Id == job)));

        // A running export whose heartbeat stopped a minute ago (its process ended): 500 with an OperationOutcome that
        // says to kick it off again, in the request's language — never 202 for ever.
        var (lost, _) = await ExportAsync(a, "/fhir/$export?_type=Patient");
        var lostId = Guid.Parse(lost[(lost.LastIndexOf('/') + 1)..]);
        await TestDatabase.WithDbAsync(app.ConnectionString, db => db.FhirExportJobs.Where(j => j.Id == lostId)
            .ExecuteUpdateAsync(u => u.SetProperty(j => j.Status, CoSo.Data.Fhir.FhirExportStatus.Running).SetProperty(j => j.ExpiresAt, (DateTimeOffset?)null)
                .SetProperty(j => j.UpdatedAt, DateTimeOffset.UtcNow.AddMinutes(-2))));
        using var english = new HttpRequestMessage(HttpMethod.Get, lost);
        english.Headers.AcceptLanguage.ParseAdd("en");
        var interrupted = await a.SendAsync(english);
        Assert.Equal(HttpStatusCode.InternalServerError, interrupted.StatusCode);
        var outcome = (OperationOutcome)JsonSerializer.Deserialize<Resource>(await interrupted.Content.ReadAsStringAsync(), Fhir);
        Assert.Contains("interrupted", outcome.Issue[0].Diagnostics ?? outcome.Issue[0].Details?.Text, StringComparison.Ordinal);
        // Vietnamese by default, written as UTF-8 text (not \uXXXX escapes).
        var vietnamese = await a.GetAsync(lost);
        Assert.Equal(HttpStatusCode.InternalServerError, vietnamese.StatusCode);
        Assert.Contains("bị gián đoạn", await vietnamese.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Subject(Resource r) => r switch
    {
        Encounter e => e.Subject?.Reference,
        Observation o => o.Subject?.Reference,
        Condition c => c.Subject?.Reference,
        Immunization i => i.Patient?.Reference,
        _ => null,
    };

    /// <summary>A resident with a visit (BP, glucose, I10), and a child of the village with a BCG dose; returns the adult's id.</summary>
    internal static async Task<string> SeedAsync(HttpClient http, Guid village) => (await SeedBothAsync(http, village)).Adult;

    internal static async Task<(string Adult, string Child)> SeedBothAsync(HttpClient http, Guid village)
    {
        var id = (await TestPeople.RegisterAsync(http, TestPeople.Input(village))).GetProperty("id").GetString();
        var visit = await http.PostAsJsonAsync($"/api/v1/people/{id}/visits", new { systolic = 128, diastolic = 82, capillaryGlucoseMmol = 5.8, diagnoses = new[] { new { code = "I10", isMain = true } } });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        var born = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-3);
        var child = (await TestPeople.RegisterAsync(http, TestPeople.Input(village, birth: born, withCccd: false))).GetProperty("id").GetString();
        var dose = await http.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "BCG", givenOn = born.AddDays(5).ToString("yyyy-MM-dd"), lotNumber = "BCG-01" });
        Assert.Equal(HttpStatusCode.Created, dose.StatusCode);
        return (id, child);
    }

    internal static Task<HttpResponseMessage> KickOffAsync(HttpClient http, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Prefer", "respond-async");
        request.Headers.Add("Accept", "application/fhir+json");
        return http.SendAsync(request);
    }

    /// <summary>Kicks off, polls the status URL (202 with X-Progress) until the 200 manifest.</summary>
    internal static async Task<(string Status, JsonElement Manifest)> ExportAsync(HttpClient http, string url)
    {
        var kick = await KickOffAsync(http, url);
        Assert.Equal(HttpStatusCode.Accepted, kick.StatusCode);
        var status = kick.Content.Headers.ContentLocation?.ToString() ?? kick.Headers.GetValues("Content-Location").Single();
        for (var i = 0; i < 600; i++)
        {
            var poll = await http.GetAsync(status);
            if (poll.StatusCode == HttpStatusCode.OK)
            {
                return (status, await poll.Content.ReadFromJsonAsync<JsonElement>());
            }

            Assert.Equal(HttpStatusCode.Accepted, poll.StatusCode);
            Assert.True(poll.Headers.Contains("X-Progress"));
            await Task.Delay(100);
        }

        throw new TimeoutException("The export did not finish.");
    }

    /// <summary>Each output file, every line parsed as an R4 resource of the file's type; the manifest's count checked.</summary>
    internal static async Task<Dictionary<string, List<Resource>>> FilesAsync(HttpClient http, JsonElement manifest)
    {
        var files = new Dictionary<string, List<Resource>>();
        foreach (var output in manifest.GetProperty("output").EnumerateArray())
        {
            var type = output.GetProperty("type").GetString();
            var response = await http.GetAsync(output.GetProperty("url").GetString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/fhir+ndjson", response.Content.Headers.ContentType.MediaType);
            var text = await response.Content.ReadAsStringAsync();
            var lines = text.Split('\n');
            Assert.Equal(string.Empty, lines[^1]);
            var resources = lines[..^1].Select(l => JsonSerializer.Deserialize<Resource>(l, Fhir)).ToList();
            Assert.All(resources, r => Assert.Equal(type, r.TypeName));
            Assert.Equal(output.GetProperty("count").GetInt32(), resources.Count);
            files[type] = resources;
        }

        return files;
    }
}
