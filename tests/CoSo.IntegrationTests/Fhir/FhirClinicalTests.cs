// Firely's model is nullable-annotated throughout (every FHIR element is optional): these tests assert the values
// themselves, so a null fails the assertion rather than needing a `!` at every step.
#nullable disable warnings
using System.Net;
using System.Net.Http.Json;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;


namespace CoSo.IntegrationTests.Fhir;

using Immunization = Hl7.Fhir.Model.Immunization;

public sealed class FhirClinicalTests
{
    private const string Loinc = "http://loinc.org";
    private const string Ucum = "http://unitsofmeasure.org";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visit_reads_as_an_Encounter_with_R4_vital_signs_a_laboratory_glucose_and_an_ICD10_Condition(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var registered = await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id));
        var person = registered.GetProperty("id").GetString();
        var cccd = registered.GetProperty("cccd").GetString();
        var visit = await http.PostAsJsonAsync($"/api/v1/people/{person}/visits", new
        {
            systolic = 132, diastolic = 84, pulse = 76, temperatureC = 37.2, spO2 = 97, weightKg = 60.5, heightCm = 160, capillaryGlucoseMmol = 6.1,
            diagnoses = new[] { new { code = "I10", isMain = true } },
        });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);

        var vitals = await fhir.SearchAsync<Observation>([$"patient=Patient/{person}", "category=vital-signs"]);
        FhirValidation.AssertValidBundle(vitals!);
        var byCode = vitals!.Entry.Select(e => (Observation)e.Resource).ToDictionary(o => o.Code.Coding[0].Code);
        // R4 vital-signs profiles (observation-vitalsigns.html): the LOINC codes and UCUM units they fix.
        Assert.Equal(["2708-6", "29463-7", "39156-5", "8302-2", "8310-5", "85354-9", "8867-4"], byCode.Keys.Order(StringComparer.Ordinal));
        var bp = byCode["85354-9"];
        Assert.Equal(["http://hl7.org/fhir/StructureDefinition/bp"], bp.Meta.Profile);
        Assert.Null(bp.Value);
        Assert.Equal([("8480-6", 132m, "mm[Hg]"), ("8462-4", 84m, "mm[Hg]")], bp.Component.Select(c => (c.Code.Coding[0].Code, ((Quantity)c.Value).Value!.Value, ((Quantity)c.Value).Code)));
        Assert.All(bp.Component, c => Assert.Equal(Ucum, ((Quantity)c.Value).System));
        Assert.All(vitals.Entry.Select(e => (Observation)e.Resource), o =>
        {
            Assert.Equal(("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs"), (o.Category[0].Coding[0].System, o.Category[0].Coding[0].Code));
            Assert.Equal(Loinc, o.Code.Coding[0].System);
            Assert.Equal($"Patient/{person}", o.Subject.Reference);
        });
        Assert.Equal((76m, "/min"), Q(byCode["8867-4"]));
        Assert.Equal((37.2m, "Cel"), Q(byCode["8310-5"]));
        Assert.Equal((97m, "%"), Q(byCode["2708-6"]));
        Assert.Contains(byCode["2708-6"].Code.Coding, c => c.Code == "59408-5");
        Assert.Equal((60.5m, "kg"), Q(byCode["29463-7"]));
        Assert.Equal((160m, "cm"), Q(byCode["8302-2"]));
        // BMI = 60.5 / 1.60² = 23.63 kg/m2 (CoSo rounds to one decimal or two; the unit is what the profile fixes).
        var bmi = Q(byCode["39156-5"]);
        Assert.Equal("kg/m2", bmi.Code);
        Assert.InRange(bmi.Value, 23.6m, 23.7m);

        var lab = await fhir.SearchAsync<Observation>([$"subject={person}", "category=laboratory"]);
        var glucose = (Observation)Assert.Single(lab!.Entry).Resource;
        Assert.Equal(("14743-9", 6.1m, "mmol/L"), (glucose.Code.Coding[0].Code, ((Quantity)glucose.Value).Value!.Value, ((Quantity)glucose.Value).Code));
        FhirValidation.AssertValidBundle(lab);

        var byLoinc = await fhir.SearchAsync<Observation>([$"patient={person}", $"code={Loinc}|85354-9,8867-4"]);
        Assert.Equal(2, byLoinc!.Total);

        var read = await fhir.ReadAsync<Observation>($"Observation/{bp.Id}");
        Assert.Equal(2, read!.Component.Count);

        var encounters = await fhir.SearchAsync<Encounter>([$"patient={person}"]);
        var encounter = (Encounter)Assert.Single(encounters!.Entry).Resource;
        Assert.Equal(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB"), (encounter.Class.System, encounter.Class.Code));
        FhirValidation.AssertValidBundle(encounters);

        var conditions = await fhir.SearchAsync<Condition>([$"patient={person}", "code=http://hl7.org/fhir/sid/icd-10|I10"]);
        var condition = (Condition)Assert.Single(conditions!.Entry).Resource;
        // data/icd10 (QĐ 4469): I10 = "Bệnh lý tăng huyết áp".
        Assert.Equal(("http://hl7.org/fhir/sid/icd-10", "I10", "Bệnh lý tăng huyết áp"), (condition.Code.Coding[0].System, condition.Code.Coding[0].Code, condition.Code.Coding[0].Display));
        Assert.Equal("encounter-diagnosis", condition.Category[0].Coding[0].Code);
        Assert.Equal($"Encounter/{encounter.Id}", condition.Encounter.Reference);
        Assert.Equal($"Condition/{condition.Id}", Assert.Single(encounter.Diagnosis).Condition.Reference);
        FhirValidation.AssertValidBundle(conditions);
        Assert.Equal(0, (await fhir.SearchAsync<Condition>([$"patient={person}", "code=E11"]))!.Total);

        // The exchange's usual query: the resident by CCCD through a chain, not by CoSo's id.
        Assert.Equal(encounter.Id, Assert.Single((await fhir.SearchAsync<Encounter>([$"subject:Patient.identifier={FhirTestClient.Cccd}|{cccd}"]))!.Entry).Resource.Id);
        Assert.Equal(bp.Id, Assert.Single((await fhir.SearchAsync<Observation>([$"patient.identifier={cccd}", "code=85354-9"]))!.Entry).Resource.Id);
        Assert.Equal(0, (await fhir.SearchAsync<Encounter>([$"subject:Patient.identifier={FhirTestClient.Cccd}|000000000000"]))!.Total);

        // date: the visit's local day as a point, against the parameter's range.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Ho_Chi_Minh")).ToString("yyyy-MM-dd");
        foreach (var (value, count) in new[] { (today, 1), ("ge" + today, 1), ("le" + today, 1), ("gt" + today, 0), ("lt" + today, 0), (today[..7], 1), ("2020", 0) })
        {
            Assert.Equal(count, (await fhir.SearchAsync<Encounter>([$"patient={person}", "date=" + value]))!.Total);
            Assert.Equal(count, (await fhir.SearchAsync<Condition>([$"patient={person}", "date=" + value]))!.Total);
            Assert.Equal(count * 7, (await fhir.SearchAsync<Observation>([$"patient={person}", "category=vital-signs", "date=" + value]))!.Total);
        }

        var one = await fhir.SearchAsync<Observation>([$"_id={bp.Id}"]);
        Assert.Equal((1, bp.Id), (one!.Total, Assert.Single(one.Entry).Resource.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Doses_read_as_Immunizations_with_CVX_and_primary_source(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var born = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-3);
        var child = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, birth: born, withCccd: false))).GetProperty("id").GetString();
        var bcg = await http.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "BCG", givenOn = born.AddDays(5).ToString("yyyy-MM-dd"), lotNumber = "BCG-01" });
        Assert.Equal(HttpStatusCode.Created, bcg.StatusCode);

        var bundle = await fhir.SearchAsync<Immunization>([$"patient={child}"]);
        var imm = (Immunization)Assert.Single(bundle!.Entry).Resource;
        Assert.Contains(imm.VaccineCode.Coding, c => c.System == "http://hl7.org/fhir/sid/cvx" && c.Code == "19"); // CDC CVX 19 = BCG
        Assert.Equal((true, "BCG-01", Immunization.ImmunizationStatusCodes.Completed), (imm.PrimarySource, imm.LotNumber, imm.Status));
        Assert.Equal(born.AddDays(5).ToString("yyyy-MM-dd"), ((FhirDateTime)imm.Occurrence).Value);
        Assert.Null(imm.Location);
        FhirValidation.AssertValidBundle(bundle);

        // A birth dose the family reports from the hospital: not a primary source, and the place as they named it.
        var hepB = await http.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "HepB-birth", givenOn = born.ToString("yyyy-MM-dd"), place = "Elsewhere", placeText = "Bệnh viện Nhi Thanh Hóa" });
        Assert.Equal(HttpStatusCode.Created, hepB.StatusCode);
        var elsewhere = (Immunization)Assert.Single((await fhir.SearchAsync<Immunization>([$"patient={child}", "date=" + born.ToString("yyyy-MM-dd")]))!.Entry).Resource;
        Assert.Equal((false, "Bệnh viện Nhi Thanh Hóa", null), (elsewhere.PrimarySource, elsewhere.Location?.Display, elsewhere.Location?.Reference));
        FhirValidation.AssertValid(elsewhere);
    }

    private static (decimal Value, string Code) Q(Observation o)
    {
        var q = (Quantity)o.Value;
        Assert.Equal(Ucum, q.System);
        return (q.Value!.Value, q.Code);
    }
}
