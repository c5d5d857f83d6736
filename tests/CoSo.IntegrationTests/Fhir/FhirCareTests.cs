// Firely's model is nullable-annotated throughout (every FHIR element is optional): these tests assert the values
// themselves, so a null fails the assertion rather than needing a `!` at every step.
#nullable disable warnings
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

/// <summary>Prescriptions, allergies, chronic care plans, referrals and immunization forecasts as FHIR.</summary>
public sealed class FhirCareTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Prescription_lines_read_as_MedicationRequests_active_while_the_course_runs(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var person = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        // Today: amlodipine 5 mg, 1 a day for 30 days (the formulary's AMLO5; 30 tablets). 10 January: paracetamol for 5 days.
        var today = await VisitAsync(http, person, new
        {
            systolic = 150, diastolic = 95, diagnoses = new[] { new { code = "I10", isMain = true } },
            prescriptions = new[] { new { drug = "Amlodipin", strength = "5 mg", dose = "1 viên buổi sáng", quantity = 0, days = 30, dosePerTake = 1, timesPerDay = 1 } },
        });
        var january = await VisitAsync(http, person, new
        {
            occurredAt = DateTimeOffset.Parse("2026-01-10T08:00:00+07:00", CultureInfo.InvariantCulture), temperatureC = 38.5,
            diagnoses = new[] { new { code = "J06.9", isMain = true } },
            prescriptions = new[] { new { drug = "Paracetamol", strength = "500 mg", dose = (string)null, quantity = 10, days = 5, dosePerTake = 1, timesPerDay = 2 } },
        });

        var all = await fhir.SearchAsync<MedicationRequest>([$"patient={person}", "_sort=-authoredon"]);
        FhirValidation.AssertValidBundle(all);
        Assert.Equal(2, all.Total);
        var amlodipine = (MedicationRequest)all.Entry[0].Resource;
        var medication = (CodeableConcept)amlodipine.Medication;
        Assert.Equal(("urn:coso:drug", "AMLO5"), (medication.Coding[0].System, medication.Coding[0].Code));
        Assert.Equal("Amlodipin 5 mg", medication.Text);
        Assert.Equal((MedicationRequest.MedicationrequestStatus.Active, MedicationRequest.MedicationRequestIntent.Order), (amlodipine.Status, amlodipine.Intent));
        Assert.Equal(($"Patient/{person}", $"Encounter/{today}"), (amlodipine.Subject.Reference, amlodipine.Encounter.Reference));
        var dosage = Assert.Single(amlodipine.DosageInstruction);
        Assert.Equal(("1 viên buổi sáng", 1, 1m, Timing.UnitsOfTime.D), (dosage.Text, dosage.Timing.Repeat.Frequency, dosage.Timing.Repeat.Period, dosage.Timing.Repeat.PeriodUnit));
        Assert.Equal(1m, ((Quantity)dosage.DoseAndRate[0].Dose).Value);
        Assert.Equal((30m, 30m, "d"), (amlodipine.DispenseRequest.Quantity.Value, amlodipine.DispenseRequest.ExpectedSupplyDuration.Value, amlodipine.DispenseRequest.ExpectedSupplyDuration.Code));

        // The 5 days from 10 January are over.
        var paracetamol = (MedicationRequest)all.Entry[1].Resource;
        Assert.Equal((MedicationRequest.MedicationrequestStatus.Completed, $"Encounter/{january}", 10m), (paracetamol.Status, paracetamol.Encounter.Reference, paracetamol.DispenseRequest.Quantity.Value));
        Assert.Equal("2026-01-10", paracetamol.AuthoredOn[..10]);

        Assert.Equal(amlodipine.Id, Assert.Single((await fhir.SearchAsync<MedicationRequest>([$"subject={person}", "code=urn:coso:drug|AMLO5"])).Entry).Resource.Id);
        Assert.Equal(paracetamol.Id, Assert.Single((await fhir.SearchAsync<MedicationRequest>([$"patient={person}", $"encounter=Encounter/{january}"])).Entry).Resource.Id);
        Assert.Equal(paracetamol.Id, Assert.Single((await fhir.SearchAsync<MedicationRequest>([$"patient={person}", "authoredon=2026-01"])).Entry).Resource.Id);
        Assert.Equal(amlodipine.Id, (await fhir.ReadAsync<MedicationRequest>($"MedicationRequest/{amlodipine.Id}")).Id);

        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.ReadAsync<MedicationRequest>($"MedicationRequest/{amlodipine.Id}"))).Status);
        Assert.Equal(0, (await fhirB.SearchAsync<MedicationRequest>([$"patient={person}"])).Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_line_dispensed_from_stock_reads_as_a_MedicationDispense_of_its_lots_and_one_not_dispensed_has_none(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        // Two lots of ciprofloxacin (a drug no other test stocks: FEFO would take their lots): 10 tablets expiring sooner, then 100; 1 capsule 3 times a day for 5 days = 15, 10 + 5.
        var sooner = Pharmacy.StockApi.NewLot();
        var later = Pharmacy.StockApi.NewLot();
        await Pharmacy.StockApi.ReceiveAsync(http, "CIPR500", 10, Chronic.ChronicApi.Today.AddMonths(2), lot: sooner);
        await Pharmacy.StockApi.ReceiveAsync(http, "CIPR500", 100, Chronic.ChronicApi.Today.AddYears(1), lot: later);
        var person = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        var dispensed = await VisitAsync(http, person, Pharmacy.StockApi.DispensingVisit("CIPR500", 3, 5));
        // A line written for the patient to buy elsewhere: prescribed, not dispensed.
        await VisitAsync(http, person, new
        {
            diagnoses = new[] { new { code = "J06.9", isMain = true } },
            prescriptions = new[] { new { drug = "Paracetamol", strength = "500 mg", dose = (string)null, quantity = 10, days = 5, dosePerTake = 1, timesPerDay = 2 } },
        });

        var bundle = await fhir.SearchAsync<MedicationDispense>([$"patient={person}"]);
        FhirValidation.AssertValidBundle(bundle);
        var dispense = (MedicationDispense)Assert.Single(bundle.Entry).Resource;
        var prescription = Assert.Single((await fhir.SearchAsync<MedicationRequest>([$"patient={person}", $"encounter={dispensed}"])).Entry).Resource;
        Assert.Equal(MedicationDispense.MedicationDispenseStatusCodes.Completed, dispense.Status);
        Assert.Equal(($"Patient/{person}", $"Encounter/{dispensed}", $"MedicationRequest/{prescription.Id}"), (dispense.Subject.Reference, dispense.Context.Reference, dispense.AuthorizingPrescription.Single().Reference));
        Assert.Equal(("urn:coso:drug", "CIPR500"), (((CodeableConcept)dispense.Medication).Coding[0].System, ((CodeableConcept)dispense.Medication).Coding[0].Code));
        Assert.Equal((15m, 5m, "d"), (dispense.Quantity.Value, dispense.DaysSupply.Value, dispense.DaysSupply.Code));
        Assert.Equal($"Organization/{app.Org.StationA.Id}", dispense.Performer.Single().Actor.Reference);
        Assert.Contains(sooner, dispense.Note.Single().Text, StringComparison.Ordinal);
        Assert.Contains(later, dispense.Note.Single().Text, StringComparison.Ordinal);
        Assert.InRange(DateTimeOffset.Parse(dispense.WhenHandedOver, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal(dispense.Id, (await fhir.ReadAsync<MedicationDispense>($"MedicationDispense/{dispense.Id}")).Id);
        Assert.Single((await fhir.SearchAsync<MedicationDispense>([$"prescription=MedicationRequest/{prescription.Id}"])).Entry);
        Assert.Empty((await fhir.SearchAsync<MedicationDispense>([$"patient={person}", "code=urn:coso:drug|AMLO5"])).Entry);
        var everything = await fhir.GetAsync($"Patient/{person}/$everything") as Bundle;
        Assert.Contains(everything.Entry, e => e.Resource is MedicationDispense d && d.Id == dispense.Id);

        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.ReadAsync<MedicationDispense>($"MedicationDispense/{dispense.Id}"))).Status);
        Assert.Equal(0, (await fhirB.SearchAsync<MedicationDispense>([$"patient={person}"])).Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_current_health_records_allergy_notes_read_as_AllergyIntolerances(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var person = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        await SaveRecordAsync(http, person, 0, new { allergyDrugs = "Penicilin (phát ban 2019)", allergyFood = "Tôm, cua" });

        var both = await fhir.SearchAsync<AllergyIntolerance>([$"patient={person}"], pageSize: 1);
        Assert.Equal(2, both.Total);
        var drug = (AllergyIntolerance)Assert.Single(both.Entry).Resource;
        var food = (AllergyIntolerance)Assert.Single((await fhir.ContinueAsync(both)).Entry).Resource;
        Assert.Equal(($"{person}-medication", AllergyIntolerance.AllergyIntoleranceCategory.Medication, "Penicilin (phát ban 2019)"), (drug.Id, drug.Category.Single(), drug.Code.Text));
        Assert.Equal(($"{person}-food", AllergyIntolerance.AllergyIntoleranceCategory.Food, "Tôm, cua"), (food.Id, food.Category.Single(), food.Code.Text));
        Assert.Equal(("active", $"Patient/{person}"), (drug.ClinicalStatus.Coding[0].Code, drug.Patient.Reference));
        FhirValidation.AssertValid(drug);
        FhirValidation.AssertValid(food);
        Assert.Equal(food.Id, Assert.Single((await fhir.SearchAsync<AllergyIntolerance>([$"patient={person}", "category=food"])).Entry).Resource.Id);

        // A later version without the food note: the food allergy is gone, the drug one keeps its id.
        await SaveRecordAsync(http, person, 1, new { allergyDrugs = "Penicilin (phát ban 2019)" });
        var now = await fhir.SearchAsync<AllergyIntolerance>([$"patient={person}"]);
        Assert.Equal([drug.Id], now.Entry.Select(e => e.Resource.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhir.ReadAsync<AllergyIntolerance>($"AllergyIntolerance/{food.Id}"))).Status);
        Assert.Equal("Penicilin (phát ban 2019)", (await fhir.ReadAsync<AllergyIntolerance>($"AllergyIntolerance/{drug.Id}")).Code.Text);
        Assert.Equal(1, (await fhir.SearchAsync<AllergyIntolerance>([$"_id={drug.Id},{food.Id}"])).Total);
        // _lastUpdated is the current version's recording (the second save): not before the first one's second.
        var second = await fhir.ReadAsync<AllergyIntolerance>($"AllergyIntolerance/{drug.Id}");
        Assert.True(second.Meta.LastUpdated >= drug.Meta.LastUpdated);
        var stamp = second.Meta.LastUpdated.Value.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd'T'HH:mm:ss'+07:00'", CultureInfo.InvariantCulture);
        Assert.Equal(1, (await fhir.SearchAsync<AllergyIntolerance>([$"patient={person}", "_lastUpdated=ge" + stamp])).Total);
        Assert.Equal(0, (await fhir.SearchAsync<AllergyIntolerance>([$"patient={person}", "_lastUpdated=lt" + stamp])).Total);

        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.ReadAsync<AllergyIntolerance>($"AllergyIntolerance/{drug.Id}"))).Status);
        Assert.Equal(0, (await fhirB.SearchAsync<AllergyIntolerance>([$"patient={person}"])).Total);
        Assert.Equal(1, await DeniedAsync(app, "b1", person, "AllergyIntolerance")); // the denial names the resident
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_chronic_enrolment_reads_as_a_CarePlan_with_its_next_follow_up_and_is_revoked_when_closed(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        // Hypertension, registered 6 months ago, next appointment 5 days ago (Chronic.ChronicApi).
        var (person, enrolment) = await Chronic.ChronicApi.OverduePatientAsync(http, app.Org.VillageA1.Id);
        var today = Chronic.ChronicApi.Today;

        var plans = await fhir.SearchAsync<CarePlan>([$"patient={person}"]);
        FhirValidation.AssertValidBundle(plans);
        var plan = (CarePlan)Assert.Single(plans.Entry).Resource;
        Assert.Equal((enrolment.ToString(), RequestStatus.Active, CarePlan.CarePlanIntent.Plan), (plan.Id, plan.Status, plan.Intent));
        Assert.Equal(("urn:coso:chronic-programme", "Hypertension"), (plan.Category[0].Coding[0].System, plan.Category[0].Coding[0].Code));
        Assert.Contains("ICD-10 I10", plan.Description, StringComparison.Ordinal);
        Assert.Equal((Chronic.ChronicApi.Iso(today.AddMonths(-6)), null), (plan.Period.Start, plan.Period.End));
        Assert.Equal(($"Patient/{person}", $"Organization/{app.Org.StationA.Id}"), (plan.Subject.Reference, plan.Author.Reference));
        var next = Assert.Single(plan.Activity).Detail;
        Assert.Equal((CarePlan.CarePlanActivityKind.Appointment, CarePlan.CarePlanActivityStatus.Scheduled, Chronic.ChronicApi.Iso(today.AddDays(-5))), (next.Kind, next.Status, ((Period)next.Scheduled).Start));
        Assert.Equal("Quá hạn tái khám / overdue", next.StatusReason.Text);
        Assert.Equal(1, (await fhir.SearchAsync<CarePlan>([$"subject={person}", "status=active"])).Total);

        // The patient moved away: the enrolment is closed today, the plan revoked and without a follow-up.
        Assert.Equal(HttpStatusCode.OK, (await Chronic.ChronicApi.OutcomeAsync(http, enrolment, "Moved")).StatusCode);
        var closed = await fhir.ReadAsync<CarePlan>($"CarePlan/{enrolment}");
        Assert.Equal((RequestStatus.Revoked, Chronic.ChronicApi.Iso(today)), (closed.Status, closed.Period.End));
        Assert.Empty(closed.Activity);
        FhirValidation.AssertValid(closed);
        Assert.Equal(0, (await fhir.SearchAsync<CarePlan>([$"patient={person}", "status=active"])).Total);
        Assert.Equal(1, (await fhir.SearchAsync<CarePlan>([$"patient={person}", "status=revoked"])).Total);

        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.ReadAsync<CarePlan>($"CarePlan/{enrolment}"))).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_visit_that_referred_the_patient_reads_as_a_ServiceRequest(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var person = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        await VisitAsync(http, person, new { systolic = 128, diastolic = 82, diagnoses = new[] { new { code = "J06.9", isMain = true } } });
        var referred = await VisitAsync(http, person, new
        {
            systolic = 190, diastolic = 120, reason = "Đau đầu dữ dội", disposition = "Referred", referredTo = "Bệnh viện Đa khoa tỉnh Thanh Hóa",
            diagnoses = new[] { new { code = "I10", isMain = true } },
        });

        var requests = await fhir.SearchAsync<ServiceRequest>([$"patient={person}"]);
        FhirValidation.AssertValidBundle(requests);
        var request = (ServiceRequest)Assert.Single(requests.Entry).Resource; // the visit sent home is no referral
        Assert.Equal((referred, RequestStatus.Active, RequestIntent.Order), (request.Id, request.Status, request.Intent));
        Assert.Equal(("http://snomed.info/sct", "3457005"), (request.Category[0].Coding[0].System, request.Category[0].Coding[0].Code));
        Assert.Equal("Bệnh viện Đa khoa tỉnh Thanh Hóa", Assert.Single(request.Performer).Display);
        Assert.Equal(($"Patient/{person}", $"Encounter/{referred}", $"Organization/{app.Org.StationA.Id}"), (request.Subject.Reference, request.Encounter.Reference, request.Requester.Reference));
        // data/icd10 (QĐ 4469): I10 = "Bệnh lý tăng huyết áp".
        Assert.Equal(("http://hl7.org/fhir/sid/icd-10", "I10", "Bệnh lý tăng huyết áp"), (request.ReasonCode[0].Coding[0].System, request.ReasonCode[0].Coding[0].Code, request.ReasonCode[0].Coding[0].Display));
        Assert.StartsWith("Condition/", Assert.Single(request.ReasonReference).Reference, StringComparison.Ordinal);
        Assert.Equal("Đau đầu dữ dội", request.Note[0].Text);

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Ho_Chi_Minh")).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(1, (await fhir.SearchAsync<ServiceRequest>([$"subject={person}", "authored=" + day])).Total);
        Assert.Equal(0, (await fhir.SearchAsync<ServiceRequest>([$"subject={person}", "authored=lt" + day])).Total);
        Assert.Equal(referred, (await fhir.ReadAsync<ServiceRequest>($"ServiceRequest/{referred}")).Id);

        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.ReadAsync<ServiceRequest>($"ServiceRequest/{referred}"))).Status);
        Assert.Equal(0, (await fhirB.SearchAsync<ServiceRequest>([$"patient={person}"])).Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_childs_forecast_is_computed_on_read_from_the_schedule(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var today = Chronic.ChronicApi.Today;
        var born = today.AddDays(-70); // 10 weeks old: past the 2 months of the first DTP-HepB-Hib, not 28 days past it
        var child = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, birth: born, withCccd: false))).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync($"/api/v1/immunization/people/{child}/doses", new { vaccine = "BCG", givenOn = Chronic.ChronicApi.Iso(born.AddDays(5)) })).StatusCode);

        var forecast = await fhir.ReadAsync<ImmunizationRecommendation>($"ImmunizationRecommendation/{child}");
        FhirValidation.AssertValid(forecast);
        Assert.Equal(($"Patient/{child}", Chronic.ChronicApi.Iso(today)), (forecast.Patient.Reference, forecast.Date));
        ImmunizationRecommendation.RecommendationComponent Dose(string vaccine, int dose) =>
            Assert.Single(forecast.Recommendation, r => r.VaccineCode[0].Coding[0].Code == vaccine && ((PositiveInt)r.DoseNumber).Value == dose);
        Assert.Equal("complete", Dose("BCG", 1).ForecastStatus.Coding[0].Code);

        // docs/immunization-schedule.md: DTP-HepB-Hib dose 1 at 2 full months; overdue 28 days after (ScheduleEngine).
        var penta = Dose("DTP-HepB-Hib", 1);
        Assert.Equal(("http://terminology.hl7.org/CodeSystem/immunization-recommendation-status", "due"), (penta.ForecastStatus.Coding[0].System, penta.ForecastStatus.Coding[0].Code));
        Assert.Contains(penta.VaccineCode[0].Coding, c => c.System == "http://hl7.org/fhir/sid/cvx" && c.Code == "102");
        string On(ImmunizationRecommendation.RecommendationComponent r, string loinc) => r.DateCriterion.Single(d => d.Code.Coding[0].Code == loinc).Value;
        Assert.Equal(Chronic.ChronicApi.Iso(born.AddMonths(2)), On(penta, "30980-7"));
        Assert.Equal(Chronic.ChronicApi.Iso(born.AddMonths(2).AddDays(28)), On(penta, "59778-1"));
        Assert.Equal("upcoming", Dose("DTP-HepB-Hib", 2).ForecastStatus.Coding[0].Code);

        Assert.Equal(child, Assert.Single((await fhir.SearchAsync<ImmunizationRecommendation>([$"patient=Patient/{child}"])).Entry).Resource.Id);

        // An adult has no forecast; a forecast needs the resident named; another station's child is not found.
        var adult = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhir.ReadAsync<ImmunizationRecommendation>($"ImmunizationRecommendation/{adult}"))).Status);
        Assert.Equal(0, (await fhir.SearchAsync<ImmunizationRecommendation>([$"patient={adult}"])).Total);
        Assert.Equal(HttpStatusCode.BadRequest, (await Assert.ThrowsAsync<FhirOperationException>(() => fhir.SearchAsync<ImmunizationRecommendation>([]))).Status);
        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.ReadAsync<ImmunizationRecommendation>($"ImmunizationRecommendation/{child}"))).Status);
        Assert.Equal(1, await DeniedAsync(app, "b1", child, "ImmunizationRecommendation"));
        Assert.Equal(0, (await fhirB.SearchAsync<ImmunizationRecommendation>([$"patient={child}"])).Total);
    }

    /// <summary>"Denied" audit rows of a user naming the resident, for reads of one FHIR type.</summary>
    private static Task<int> DeniedAsync(CoSoApp app, string user, string person, string type) =>
        TestDatabase.WithDbAsync(app.ConnectionString, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.AuditEntries, // the audit trail has no scope filter, and this context is the system's
            x => x.Action == Core.Audit.AuditActions.Denied && x.UserName == user && x.PersonId == Guid.Parse(person) && x.EntityType.Contains("/fhir/" + type + "/")));

    private static async Task SaveRecordAsync(HttpClient http, string person, int version, object record)
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{person}/health-record") { Content = JsonContent.Create(record) };
        put.Headers.IfMatch.ParseAdd($"\"{version}\"");
        var response = await http.SendAsync(put);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    internal static async Task<string> VisitAsync(HttpClient http, string person, object visit)
    {
        var response = await http.PostAsJsonAsync($"/api/v1/people/{person}/visits", visit, TestPeople.Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();
    }
}
