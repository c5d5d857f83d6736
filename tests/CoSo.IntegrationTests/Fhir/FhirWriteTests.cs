#nullable disable warnings
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

using CoSoEncounter = CoSo.Core.Encounters.Encounter;
using Encounter = Hl7.Fhir.Model.Encounter;

/// <summary>PUT Patient with If-Match and the visit transaction Bundle (issue 18 item 7), over both databases.</summary>
public sealed class FhirWriteTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Put_with_a_stale_IfMatch_is_412_and_changes_nothing_a_fresh_one_updates_and_none_is_428(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var id = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        var patient = await fhir.ReadAsync<Patient>($"Patient/{id}");
        var version = patient.Meta.VersionId;
        var originalName = patient.Name[0].Text;
        var originalPhone = patient.Telecom.Select(t => t.Value).ToList();

        patient.Telecom = [new ContactPoint(ContactPoint.ContactPointSystem.Phone, ContactPoint.ContactPointUse.Mobile, "0987654321")];
        patient.Name = [new HumanName { Text = "Trần Thị Sửa" }];

        var stale = await PutAsync(http, patient, $"W/\"{int.Parse(version) - 1}\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("OperationOutcome", (await Parse(stale)).TypeName);
        var unchanged = await fhir.ReadAsync<Patient>($"Patient/{id}");
        Assert.Equal((version, originalName), (unchanged.Meta.VersionId, unchanged.Name[0].Text));
        Assert.Equal(originalPhone, unchanged.Telecom.Select(t => t.Value));

        var none = await PutAsync(http, patient, null);
        Assert.Equal((HttpStatusCode)428, none.StatusCode);

        var fresh = await PutAsync(http, patient, $"W/\"{version}\"");
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        var updated = (Patient)await Parse(fresh);
        var next = (int.Parse(version) + 1).ToString();
        Assert.Equal(next, updated.Meta.VersionId);
        Assert.Equal($"W/\"{next}\"", fresh.Headers.ETag.ToString());
        var read = await fhir.ReadAsync<Patient>($"Patient/{id}");
        Assert.Equal(("Trần Thị Sửa", "0987654321", next), (read.Name[0].Text, read.Telecom[0].Value, read.Meta.VersionId));
        // The same concurrency token as /api/v1: its ETag is the version too.
        var api = await http.GetAsync($"/api/v1/people/{id}");
        Assert.Equal($"\"{next}\"", api.Headers.ETag.ToString());
        FhirValidation.AssertValid(read);

        // The version just used is stale now.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PutAsync(http, patient, $"W/\"{version}\"")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_transaction_Bundle_saves_the_visit_with_all_its_parts(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var id = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();

        var response = await PostAsync(http, VisitBundle(id, systolic: 150));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (Bundle)await Parse(response);
        Assert.Equal(Bundle.BundleType.TransactionResponse, result.Type);
        Assert.Equal(6, result.Entry.Count);
        Assert.All(result.Entry, e => Assert.Equal("201 Created", e.Response.Status));

        var encounterId = result.Entry[0].Response.Location.Split('/')[1];
        Assert.Equal($"Observation/{encounterId}-bp", result.Entry[1].Response.Location);
        Assert.Equal($"Observation/{encounterId}-heartrate", result.Entry[2].Response.Location);

        var encounter = await fhir.ReadAsync<Encounter>(result.Entry[0].Response.Location);
        Assert.Equal($"Patient/{id}", encounter.Subject.Reference);
        var bp = await fhir.ReadAsync<Observation>(result.Entry[1].Response.Location);
        Assert.Equal([150m, 90m], bp.Component.Select(c => ((Quantity)c.Value).Value.Value));
        Assert.Equal(72m, ((Quantity)(await fhir.ReadAsync<Observation>(result.Entry[2].Response.Location)).Value).Value);
        var main = await fhir.ReadAsync<Condition>(result.Entry[3].Response.Location);
        Assert.Equal("I10", main.Code.Coding[0].Code);
        var other = await fhir.ReadAsync<Condition>(result.Entry[4].Response.Location);
        Assert.Equal("J00", other.Code.Coding[0].Code);
        // Encounter.diagnosis names rank 1 = the main diagnosis (I10, the second Condition of the Bundle's order is J00).
        Assert.Equal($"Condition/{main.Id}", encounter.Diagnosis.Single(d => d.Rank == 1).Condition.Reference);
        var med = await fhir.ReadAsync<MedicationRequest>(result.Entry[5].Response.Location);
        Assert.Equal(("urn:coso:drug", "AMLO5"), (((CodeableConcept)med.Medication).Coding[0].System, ((CodeableConcept)med.Medication).Coding[0].Code));
        Assert.Equal(30m, med.DispenseRequest.Quantity.Value);
        Assert.Equal(1, await TestDatabase.CountAsync<CoSoEncounter>(app.ConnectionString, q => q.Where(e => e.PersonId == Guid.Parse(id))));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_bad_Observation_saves_nothing_and_names_its_element_in_the_requests_language(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, _) = await FhirTestClient.SignInAsync(app, "a1");
        var id = Guid.Parse((await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString());
        var before = await CountsAsync(app, id);

        // Systolic 400 mmHg: past VisitRules' 50–300 range, rejected by the visit service itself.
        var outOfRange = await PostAsync(http, VisitBundle(id.ToString(), systolic: 400));
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        var outcome = (OperationOutcome)await Parse(outOfRange);
        var issue = Assert.Single(outcome.Issue);
        Assert.Equal(["Bundle.entry[1].resource.component[0].valueQuantity.value"], issue.Expression);
        Assert.Equal((0, 0, 0), await CountsAsync(app, id));

        // A LOINC code CoSo does not record (8478-0 mean blood pressure), in English.
        var bundle = VisitBundle(id.ToString(), systolic: 130);
        ((Observation)bundle.Entry[2].Resource).Code = new CodeableConcept("http://loinc.org", "8478-0");
        var unknown = await PostAsync(http, bundle, "en");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var en = Assert.Single(((OperationOutcome)await Parse(unknown)).Issue);
        Assert.Equal(["Bundle.entry[2].resource.code"], en.Expression);
        Assert.Equal("LOINC code 8478-0 is not a measurement CoSo records.", en.Diagnostics);
        var vi = Assert.Single(((OperationOutcome)await Parse(await PostAsync(http, bundle))).Issue);
        Assert.Equal("Mã LOINC 8478-0 không phải một chỉ số CoSo ghi nhận.", vi.Diagnostics);

        Assert.Equal(before, await CountsAsync(app, id));
        Assert.Equal((0, 0, 0), before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_transaction_for_another_stations_resident_is_404_and_saves_nothing(string provider)
    {
        var app = await Apps.Get(provider);
        var (httpA, _) = await FhirTestClient.SignInAsync(app, "a1");
        var (httpB, _) = await FhirTestClient.SignInAsync(app, "b1");
        var id = Guid.Parse((await TestPeople.RegisterAsync(httpA, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString());
        var response = await PostAsync(httpB, VisitBundle(id.ToString(), systolic: 130));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal((0, 0, 0), await CountsAsync(app, id));
    }

    private static async Task<(int Encounters, int Diagnoses, int Lines)> CountsAsync(CoSoApp app, Guid person) =>
        (await TestDatabase.CountAsync<CoSoEncounter>(app.ConnectionString, q => q.Where(e => e.PersonId == person)),
         await TestDatabase.CountAsync<CoSo.Core.Encounters.EncounterDiagnosis>(app.ConnectionString, q => q.Where(e => e.PersonId == person)),
         await TestDatabase.CountAsync<CoSo.Core.Encounters.PrescriptionLine>(app.ConnectionString, q => q.Where(e => e.PersonId == person)));

    /// <summary>A visit: Encounter, BP panel, heart rate, I10 (main) and J00, amlodipine 5 mg once a day for 30 days.</summary>
    private static Bundle VisitBundle(string person, int systolic)
    {
        const string enc = "urn:uuid:6f1b2c1e-0000-4000-8000-000000000001";
        const string main = "urn:uuid:6f1b2c1e-0000-4000-8000-000000000004";
        var subject = new ResourceReference("Patient/" + person);
        var encRef = new ResourceReference(enc);
        Quantity Mmhg(int v) => new(v, "mm[Hg]") { System = "http://unitsofmeasure.org", Unit = "mmHg" };
        var bundle = new Bundle { Type = Bundle.BundleType.Transaction };
        void Add(string url, Resource r) => bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = url, Resource = r, Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.POST, Url = r.TypeName },
        });
        Add(enc, new Encounter
        {
            Status = Encounter.EncounterStatus.Finished,
            Class = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB"),
            Subject = subject,
            Diagnosis = [new Encounter.DiagnosisComponent { Condition = new ResourceReference(main), Rank = 1 }],
        });
        Add("urn:uuid:6f1b2c1e-0000-4000-8000-000000000002", new Observation
        {
            Status = ObservationStatus.Final, Subject = subject, Encounter = encRef,
            Code = new CodeableConcept("http://loinc.org", "85354-9"),
            Component =
            [
                new Observation.ComponentComponent { Code = new CodeableConcept("http://loinc.org", "8480-6"), Value = Mmhg(systolic) },
                new Observation.ComponentComponent { Code = new CodeableConcept("http://loinc.org", "8462-4"), Value = Mmhg(90) },
            ],
        });
        Add("urn:uuid:6f1b2c1e-0000-4000-8000-000000000003", new Observation
        {
            Status = ObservationStatus.Final, Subject = subject, Encounter = encRef,
            Code = new CodeableConcept("http://loinc.org", "8867-4"),
            Value = new Quantity(72, "/min") { System = "http://unitsofmeasure.org" },
        });
        Add(main, new Condition { Subject = subject, Encounter = encRef, Code = new CodeableConcept("http://hl7.org/fhir/sid/icd-10", "I10") });
        Add("urn:uuid:6f1b2c1e-0000-4000-8000-000000000005", new Condition { Subject = subject, Encounter = encRef, Code = new CodeableConcept("http://hl7.org/fhir/sid/icd-10", "J00") });
        Add("urn:uuid:6f1b2c1e-0000-4000-8000-000000000006", new MedicationRequest
        {
            Status = MedicationRequest.MedicationrequestStatus.Active, Intent = MedicationRequest.MedicationRequestIntent.Order, Subject = subject, Encounter = encRef,
            Medication = new CodeableConcept("urn:coso:drug", "AMLO5") { Text = "Amlodipin 5 mg" },
            DosageInstruction =
            [
                new Dosage
                {
                    Text = "1 viên buổi sáng",
                    Timing = new Timing { Repeat = new Timing.RepeatComponent { Frequency = 1, Period = 1, PeriodUnit = Timing.UnitsOfTime.D } },
                    DoseAndRate = [new Dosage.DoseAndRateComponent { Dose = new Quantity { Value = 1 } }],
                },
            ],
            DispenseRequest = new MedicationRequest.DispenseRequestComponent
            {
                Quantity = new Quantity { Value = 30 },
                ExpectedSupplyDuration = new Duration { Value = 30, Code = "d", System = "http://unitsofmeasure.org" },
            },
        });
        return bundle;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, Bundle bundle, string language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/fhir") { Content = Body(bundle) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        return http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient http, Patient patient, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/fhir/Patient/{patient.Id}") { Content = Body(patient) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return http.SendAsync(request);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Options = new System.Text.Json.JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    private static StringContent Body(Resource r) =>
        new(System.Text.Json.JsonSerializer.Serialize(r, Options), Encoding.UTF8, "application/fhir+json");

    internal static async Task<Resource> Parse(HttpResponseMessage response) =>
        System.Text.Json.JsonSerializer.Deserialize<Resource>(await response.Content.ReadAsStringAsync(), Options)!;
}
