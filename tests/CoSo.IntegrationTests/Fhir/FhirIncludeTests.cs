// Firely's model is nullable-annotated throughout (every FHIR element is optional): these tests assert the values
// themselves, so a null fails the assertion rather than needing a `!` at every step.
#nullable disable warnings
using System.Net;
using CoSo.Core.Audit;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

/// <summary>_include of the resident from clinical resources, _revinclude of the BHYT card from Patient.</summary>
public sealed class FhirIncludeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Clinical_searches_include_their_Patient_once_a_page_and_Patient_searches_revinclude_the_BHYT_card(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var registered = await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id));
        var person = registered.GetProperty("id").GetString();
        var cccd = registered.GetProperty("cccd").GetString();
        var card = registered.GetProperty("bhytNumber").GetString();
        await FhirCareTests.VisitAsync(http, person, new { systolic = 120, diastolic = 80, pulse = 70, diagnoses = new[] { new { code = "I10", isMain = true } } });
        await FhirCareTests.VisitAsync(http, person, new { systolic = 135, diastolic = 85, diagnoses = new[] { new { code = "I10", isMain = true } } });

        var encounters = await fhir.SearchAsync<Encounter>([$"patient={person}", "_include=Encounter:patient"]);
        FhirValidation.AssertValidBundle(encounters);
        Assert.Equal(2, encounters.Total); // the included Patient is not a match
        Assert.Equal(2, encounters.Entry.Count(e => e.Search.Mode == Bundle.SearchEntryMode.Match && e.Resource is Encounter));
        var included = Assert.Single(encounters.Entry, e => e.Search.Mode == Bundle.SearchEntryMode.Include);
        Assert.Equal((person, $"http://localhost/fhir/Patient/{person}"), (included.Resource.Id, included.FullUrl));
        Assert.Equal(cccd, ((Patient)included.Resource).Identifier[0].Value);
        Assert.Contains("_include=Encounter%3Apatient", encounters.SelfLink.ToString(), StringComparison.Ordinal);
        var typed = await fhir.SearchAsync<Encounter>([$"patient={person}", "_include=Encounter:patient:Patient"]); // with the target type
        Assert.Equal(person, Assert.Single(typed.Entry, e => e.Search.Mode == Bundle.SearchEntryMode.Include).Resource.Id);

        // Paged: each page includes the resident its matches refer to; the next link keeps the _include.
        var page = await fhir.SearchAsync<Observation>([$"subject={person}", "_include=Observation:subject"], pageSize: 2);
        var pages = 0;
        while (page is not null)
        {
            pages++;
            Assert.Equal(person, Assert.Single(page.Entry, e => e.Search.Mode == Bundle.SearchEntryMode.Include).Resource.Id);
            page = page.NextLink is null ? null : await fhir.ContinueAsync(page);
        }

        Assert.Equal(2, pages); // 3 Observations (2 bp panels, 1 heart rate), 2 a page

        var patients = await fhir.SearchAsync<Patient>([$"identifier={cccd}", "_revinclude=Coverage:beneficiary"]);
        FhirValidation.AssertValidBundle(patients);
        Assert.Equal(1, patients.Total);
        var coverage = (Coverage)Assert.Single(patients.Entry, e => e.Search.Mode == Bundle.SearchEntryMode.Include).Resource;
        Assert.Equal(($"Patient/{person}", card), (coverage.Beneficiary.Reference, coverage.Identifier[0].Value));

        // Not declared: ignored (and not in self), 400 under strict handling.
        var lenient = await fhir.SearchAsync<Encounter>([$"patient={person}", "_include=Encounter:practitioner"]);
        Assert.All(lenient.Entry, e => Assert.Equal(Bundle.SearchEntryMode.Match, e.Search.Mode));
        Assert.DoesNotContain("_include", lenient.SelfLink.ToString(), StringComparison.Ordinal);
        using (var strict = new HttpRequestMessage(HttpMethod.Get, $"/fhir/Encounter?patient={person}&_include=Encounter:practitioner"))
        {
            strict.Headers.Add("Prefer", "handling=strict");
            Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(strict)).StatusCode);
        }

        // Another station includes nothing of this resident; this station's include is audited as the search it is.
        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        Assert.Empty((await fhirB.SearchAsync<Encounter>([$"patient={person}", "_include=Encounter:patient"])).Entry);
        Assert.Empty((await fhirB.SearchAsync<Patient>([$"identifier={cccd}", "_revinclude=Coverage:beneficiary"])).Entry);
        var reads = await TestDatabase.ReadsOfAsync(app.ConnectionString, Guid.Parse(person));
        Assert.Contains(reads, r => r.UserName == "a1" && r.Action == AuditActions.Search && r.Source.Contains("/fhir/Encounter", StringComparison.Ordinal));
        Assert.DoesNotContain(reads, r => r.UserName == "b1");
    }
}
