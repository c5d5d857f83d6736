// Firely's model is nullable-annotated throughout (every FHIR element is optional): these tests assert the values
// themselves, so a null fails the assertion rather than needing a `!` at every step.
#nullable disable warnings
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

/// <summary>$summary, $everything, $lastn, $match, Group and AuditEvent through Firely's FhirClient.</summary>
public sealed class FhirOperationsTests
{
    private static readonly DateTimeOffset January = DateTimeOffset.Parse("2026-01-10T08:00:00+07:00", CultureInfo.InvariantCulture);
    private static readonly DateTimeOffset March = DateTimeOffset.Parse("2026-03-15T09:30:00+07:00", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_summary_is_an_IPS_document_with_each_section_the_patient_has_data_for(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        // Hypertension registry (Chronic.ChronicApi: registered 6 months ago), two visits, an allergy note, a Td dose.
        var (person, enrolment) = await Chronic.ChronicApi.OverduePatientAsync(http, app.Org.VillageA1.Id);
        var old = await FhirCareTests.VisitAsync(http, person.ToString(), new { occurredAt = January, systolic = 130, diastolic = 85, capillaryGlucoseMmol = 6.1, diagnoses = new[] { new { code = "J06.9", isMain = true } } });
        var today = await FhirCareTests.VisitAsync(http, person.ToString(), new
        {
            systolic = 150, diastolic = 95, pulse = 82, weightKg = 61.5, capillaryGlucoseMmol = 7.8,
            diagnoses = new[] { new { code = "I10", isMain = true } },
            prescriptions = new[] { new { drug = "Amlodipin", strength = "5 mg", dose = "1 viên buổi sáng", quantity = 30, days = 30, dosePerTake = 1, timesPerDay = 1 } },
        });
        // A registry follow-up 20 days ago with the lab values CoSo records there (fasting glucose, HbA1c).
        var followUp = await http.PostAsJsonAsync($"/api/v1/chronic/enrolments/{enrolment}/follow-ups", new { occurredAt = DateTimeOffset.UtcNow.AddDays(-20), systolic = 140, diastolic = 90, fastingGlucose = 8.2, hbA1c = 7.4, adherence = "Good" }, TestPeople.Json);
        Assert.True(followUp.StatusCode == HttpStatusCode.Created, await followUp.Content.ReadAsStringAsync());
        await SaveRecordAsync(http, person, new { allergyDrugs = "Penicilin" });
        var dose = await http.PostAsJsonAsync($"/api/v1/immunization/people/{person}/doses", new { vaccine = "Td", givenOn = Chronic.ChronicApi.Iso(Chronic.ChronicApi.Today.AddDays(-3)) });
        Assert.True(dose.StatusCode == HttpStatusCode.Created, await dose.Content.ReadAsStringAsync());

        var summary = await fhir.GetAsync($"Patient/{person}/$summary") as Bundle;
        Assert.Equal(Bundle.BundleType.Document, summary.Type);
        FhirValidation.AssertValidBundle(summary);
        var composition = Assert.IsType<Composition>(summary.Entry[0].Resource);
        Assert.Equal(($"Patient/{person}", "60591-5"), (composition.Subject.Reference, composition.Type.Coding[0].Code));
        Assert.Equal(["11450-4", "48765-2", "10160-0", "11369-6", "8716-3", "30954-2", "18776-5"], composition.Section.Select(s => s.Code.Coding[0].Code));
        Assert.All(composition.Section, s => Assert.Null(s.EmptyReason));
        List<Resource> Entries(string code) => composition.Section.Single(s => s.Code.Coding[0].Code == code).Entry
            .Select(r => summary.Entry.Single(e => e.FullUrl == r.Reference || e.FullUrl.EndsWith("/" + r.Reference, StringComparison.Ordinal)).Resource).ToList();

        // Problems: the registry's I10 (problem-list item) and the latest diagnosis per code (I10 today, J06.9 in January).
        var problems = Entries("11450-4").Cast<Condition>().ToList();
        Assert.Equal(3, problems.Count);
        Assert.Single(problems, c => c.Category[0].Coding[0].Code == "problem-list-item" && c.Code.Coding[0].Code == "I10");
        Assert.Equal(["I10", "J06.9"], problems.Where(c => c.Category[0].Coding[0].Code == "encounter-diagnosis").Select(c => c.Code.Coding[0].Code));
        Assert.Equal("Penicilin", ((AllergyIntolerance)Assert.Single(Entries("48765-2"))).Code.Text);
        Assert.Equal("Amlodipin 5 mg", ((CodeableConcept)((MedicationRequest)Assert.Single(Entries("10160-0"))).Medication).Text);
        Assert.Equal("Td", ((Hl7.Fhir.Model.Immunization)Assert.Single(Entries("11369-6"))).VaccineCode.Coding[0].Code);
        // Vital signs: the latest of each code, today's (150/95, not January's 130/85).
        var vitals = Entries("8716-3").Cast<Observation>().ToList();
        Assert.Equal(["85354-9", "8867-4", "29463-7"], vitals.Select(o => o.Code.Coding[0].Code));
        Assert.Equal([150m, 95m], vitals[0].Component.Select(c => ((Quantity)c.Value).Value));
        Assert.Equal($"{today}-bp", vitals[0].Id);
        // Results: capillary glucose newest first (the visits'), then the follow-up's fasting glucose and HbA1c.
        var results = Entries("30954-2").Cast<Observation>().ToList();
        Assert.Equal([("14743-9", 7.8m), ("14743-9", 6.1m), ("14771-0", 8.2m), ("4548-4", 7.4m)], results.Select(o => (o.Code.Coding[0].Code, ((Quantity)o.Value).Value.Value)));
        Assert.Equal($"{old}-glucose", results[1].Id);
        Assert.Equal(("%", "mmol/L"), (((Quantity)results[3].Value).Code, ((Quantity)results[2].Value).Code));
        Assert.Equal(enrolment.ToString(), Assert.Single(Entries("18776-5")).Id);

        // A resident with no data: only the three sections IPS requires, each empty with a reason.
        var bare = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        var empty = await fhir.GetAsync($"Patient/{bare}/$summary") as Bundle;
        FhirValidation.AssertValidBundle(empty);
        var sections = ((Composition)empty.Entry[0].Resource).Section;
        Assert.Equal(["11450-4", "48765-2", "10160-0"], sections.Select(s => s.Code.Coding[0].Code));
        Assert.All(sections, s => Assert.Equal("unavailable", s.EmptyReason.Coding[0].Code));

        // The summary is a read of the resident.
        Assert.Contains(await TestDatabase.ReadsOfAsync(app.ConnectionString, person), r => r.UserName == "a1" && r.Action == AuditActions.Read && r.Source.Contains("$summary", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Everything_lists_the_patients_resources_and_another_stations_patient_is_404_and_audited(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var person = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        var visit = await FhirCareTests.VisitAsync(http, person, new { systolic = 120, diastolic = 80, diagnoses = new[] { new { code = "Z00.0", isMain = true } } });

        var everything = await fhir.GetAsync($"Patient/{person}/$everything") as Bundle;
        FhirValidation.AssertValidBundle(everything);
        Assert.Equal([$"Patient/{person}", $"Coverage/{person}", $"Encounter/{visit}", $"Observation/{visit}-bp", "Condition"],
            everything.Entry.Select(e => e.Resource.TypeName == "Condition" ? "Condition" : $"{e.Resource.TypeName}/{e.Resource.Id}"));
        Assert.Equal(5, everything.Total);
        var observations = await fhir.GetAsync($"Patient/{person}/$everything?_type=Observation,Condition") as Bundle;
        Assert.Equal(["Observation", "Condition"], observations.Entry.Select(e => e.Resource.TypeName));
        // Nothing changed after an hour from now: only the resources without a change time (the BHYT card).
        var since = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        Assert.Equal(["Coverage"], ((Bundle)await fhir.GetAsync($"Patient/{person}/$everything?_since={since}")).Entry.Select(e => e.Resource.TypeName));
        Assert.Equal(HttpStatusCode.BadRequest, (await Assert.ThrowsAsync<FhirOperationException>(() => fhir.GetAsync($"Patient/{person}/$everything?_since=2026-01-01"))).Status);

        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        foreach (var op in new[] { "$everything", "$summary" })
        {
            var denied = await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.GetAsync($"Patient/{person}/{op}"));
            Assert.Equal(HttpStatusCode.NotFound, denied.Status);
        }

        var rows = await TestDatabase.WithDbAsync(app.ConnectionString, db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEntries.Where(x => x.Action == AuditActions.Denied && x.UserName == "b1" && x.PersonId == Guid.Parse(person))));
        Assert.Equal(1, rows.Count(r => r.EntityType.EndsWith("/fhir/Patient/{personId}/$everything", StringComparison.Ordinal)));
        Assert.Equal(1, rows.Count(r => r.EntityType.EndsWith("/fhir/Patient/{personId}/$summary", StringComparison.Ordinal)));
        Assert.DoesNotContain(await TestDatabase.ReadsOfAsync(app.ConnectionString, Guid.Parse(person)), r => r.UserName == "b1");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lastn_returns_the_latest_observations_per_code(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var person = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        await FhirCareTests.VisitAsync(http, person, new { occurredAt = January, systolic = 130, diastolic = 85, pulse = 70, diagnoses = Checkup });
        await FhirCareTests.VisitAsync(http, person, new { systolic = 150, diastolic = 95, weightKg = 60, diagnoses = Checkup });
        await FhirCareTests.VisitAsync(http, person, new { occurredAt = March, systolic = 140, diastolic = 90, diagnoses = Checkup });

        var latest = await fhir.GetAsync($"Observation/$lastn?patient={person}") as Bundle;
        FhirValidation.AssertValidBundle(latest);
        var values = latest.Entry.Select(e => (Observation)e.Resource).Select(o => (o.Code.Coding[0].Code, o.Value is Quantity q ? $"{q.Value:0.##}" : string.Join("/", o.Component.Select(c => $"{((Quantity)c.Value).Value:0.##}")))).ToList();
        Assert.Equal([("85354-9", "150/95"), ("8867-4", "70"), ("29463-7", "60")], values);

        var bp = await fhir.GetAsync($"Observation/$lastn?patient=Patient/{person}&code=http://loinc.org|85354-9&max=2") as Bundle;
        Assert.Equal(["150/95", "140/90"], bp.Entry.Select(e => string.Join("/", ((Observation)e.Resource).Component.Select(c => $"{((Quantity)c.Value).Value:0.##}"))));
        Assert.Equal(["85354-9", "85354-9", "85354-9"], ((Bundle)await fhir.GetAsync($"Observation/$lastn?patient={person}&category=vital-signs&code=85354-9&max=5")).Entry.Select(e => ((Observation)e.Resource).Code.Coding[0].Code));
        Assert.Empty(((Bundle)await fhir.GetAsync($"Observation/$lastn?patient={person}&category=laboratory")).Entry);
        Assert.Equal(HttpStatusCode.BadRequest, (await Assert.ThrowsAsync<FhirOperationException>(() => fhir.GetAsync("Observation/$lastn?category=vital-signs"))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Assert.ThrowsAsync<FhirOperationException>(() => fhir.GetAsync($"Observation/$lastn?patient={person}&max=0"))).Status);

        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        Assert.Empty(((Bundle)await fhirB.GetAsync($"Observation/$lastn?patient={person}")).Entry);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Match_grades_candidates_by_CoSos_duplicate_rules_within_the_users_scope(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var name = TestPeople.UniqueName("Lê Thị");
        var registered = await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, name: name, birth: new DateOnly(1975, 3, 8), sex: Core.People.Sex.Female));
        var (id, cccd) = (registered.GetProperty("id").GetString(), registered.GetProperty("cccd").GetString());

        Parameters Query(Patient p, bool onlyCertain = false) => new Parameters().Add("resource", p).Add("onlyCertainMatches", new FhirBoolean(onlyCertain)).Add("count", new Integer(5));
        Patient Typed(string birth, string cccdValue = null)
        {
            var p = new Patient { Name = [new HumanName { Text = name.ToUpperInvariant() }], BirthDate = birth, ManagingOrganization = new ResourceReference("Organization/" + app.Org.StationA.Id) };
            if (cccdValue is not null)
            {
                p.Identifier.Add(new Identifier(FhirTestClient.Cccd, cccdValue));
            }

            return p;
        }

        static (string Id, decimal? Score, string Grade) Match(Bundle b) => b.Entry.Select(e => (e.Resource.Id, e.Search.Score, ((Code)e.Search.GetExtension("http://hl7.org/fhir/StructureDefinition/match-grade").Value).Value)).Single();

        // Same folded name, birth date and commune (typed in capitals): CoSo's probable duplicate.
        var probable = (Bundle)await fhir.TypeOperationAsync<Patient>("match", Query(Typed("1975-03-08")));
        FhirValidation.AssertValidBundle(probable);
        Assert.Equal((id, 0.8m, "probable"), Match(probable));
        // Only the birth year typed: the rule matches on the year, graded possible.
        Assert.Equal((id, 0.5m, "possible"), Match((Bundle)await fhir.TypeOperationAsync<Patient>("match", Query(Typed("1975")))));
        // The same CCCD: certain, and the only kind onlyCertainMatches keeps.
        Assert.Equal((id, 1m, "certain"), Match((Bundle)await fhir.TypeOperationAsync<Patient>("match", Query(Typed("1975-03-08", cccd), onlyCertain: true))));
        Assert.Empty(((Bundle)await fhir.TypeOperationAsync<Patient>("match", Query(Typed("1975-03-08"), onlyCertain: true))).Entry);
        Assert.Empty(((Bundle)await fhir.TypeOperationAsync<Patient>("match", Query(Typed("1980-03-08")))).Entry);

        // Station B's user: the resident is out of scope, by CCCD or by the rule (B's own commune).
        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        var fromB = Typed("1975-03-08", cccd);
        fromB.ManagingOrganization = null;
        Assert.Empty(((Bundle)await fhirB.TypeOperationAsync<Patient>("match", Query(fromB))).Entry);
        Assert.Equal(HttpStatusCode.BadRequest, (await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.TypeOperationAsync<Patient>("match", Query(Typed("1975-03-08"))))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Assert.ThrowsAsync<FhirOperationException>(() => fhir.TypeOperationAsync<Patient>("match", new Parameters().Add("count", new Integer(1))))).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Households_and_registries_read_as_Groups_of_their_members(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var created = await http.PostAsJsonAsync("/api/v1/households", new { villageId = app.Org.VillageA1.Id });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var household = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var members = new List<string>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var input = JsonSerializer.Deserialize<Dictionary<string, object>>(JsonSerializer.Serialize(TestPeople.Input(app.Org.VillageA1.Id)));
            input["householdId"] = household;
            members.Add((await TestPeople.RegisterAsync(http, input)).GetProperty("id").GetString());
        }

        var group = await fhir.ReadAsync<Group>($"Group/household-{household}");
        FhirValidation.AssertValid(group);
        Assert.Equal((Group.GroupType.Person, true, 2), (group.Type, group.Actual, group.Quantity));
        Assert.Equal(members.Order(StringComparer.Ordinal).Select(m => "Patient/" + m), group.Member.Select(m => m.Entity.Reference));
        Assert.Equal($"Organization/{app.Org.StationA.Id}", group.ManagingEntity.Reference);

        // A registry: the station's hypertension patients under management.
        var (patient, _) = await Chronic.ChronicApi.OverduePatientAsync(http, app.Org.VillageA1.Id);
        var registryId = $"registry-{app.Org.StationA.Id}-hypertension";
        var registry = await fhir.ReadAsync<Group>($"Group/{registryId}");
        FhirValidation.AssertValid(registry);
        var entry = Assert.Single(registry.Member, m => m.Entity.Reference == $"Patient/{patient}");
        Assert.Equal(Chronic.ChronicApi.Iso(Chronic.ChronicApi.Today.AddMonths(-6)), entry.Period.Start);
        Assert.Equal("Hypertension", registry.Code.Coding[0].Code);
        Assert.Equal([registryId], (await fhir.SearchAsync<Group>([$"member={patient}"])).Entry.Select(e => e.Resource.Id));
        Assert.Equal([$"household-{household}"], (await fhir.SearchAsync<Group>([$"member=Patient/{members[0]}"])).Entry.Select(e => e.Resource.Id));
        Assert.Empty((await fhir.SearchAsync<Group>([$"_id=household-{household}", $"member={patient}"])).Entry);
        Assert.Equal(HttpStatusCode.BadRequest, (await Assert.ThrowsAsync<FhirOperationException>(() => fhir.SearchAsync<Group>([]))).Status);

        // A station: its residents and its villages', counted, not listed (thousands belong in $export).
        var station = await fhir.ReadAsync<Group>($"Group/station-{app.Org.StationA.Id}");
        FhirValidation.AssertValid(station);
        var unitsOfA = new[] { app.Org.StationA.Id, app.Org.VillageA1.Id, app.Org.VillageA2.Id };
        var residentsOfA = await TestDatabase.CountAsync<CoSo.Core.People.Person>(app.ConnectionString, q => q.Where(p => p.MergedIntoId == null && unitsOfA.Contains(p.OrgUnitId)));
        Assert.True(residentsOfA >= 3, $"{residentsOfA}");
        Assert.Equal((Group.GroupType.Person, true, residentsOfA), (station.Type, station.Actual, station.Quantity));
        Assert.Empty(station.Member);
        Assert.Equal($"Organization/{app.Org.StationA.Id}", station.ManagingEntity.Reference);

        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        foreach (var id in new[] { $"household-{household}", registryId, $"station-{app.Org.StationA.Id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.ReadAsync<Group>($"Group/{id}"))).Status);
        }

        Assert.Empty((await fhirB.SearchAsync<Group>([$"member={members[0]}"])).Entry);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AuditEvent_lists_the_residents_own_trail_including_the_read_just_made(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var person = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        await fhir.ReadAsync<Patient>($"Patient/{person}");

        // Reading the trail needs ReadAudit (docs/permissions.md: administrators), as /api/v1/audit.
        Assert.Equal(HttpStatusCode.Forbidden, (await Assert.ThrowsAsync<FhirOperationException>(() => fhir.SearchAsync<AuditEvent>([$"patient={person}"]))).Status);
        var (_, admin) = await FhirTestClient.SignInAsync(app, "admin");
        var trail = await admin.SearchAsync<AuditEvent>([$"patient={person}"]);
        FhirValidation.AssertValidBundle(trail);
        var events = trail.Entry.Select(e => (AuditEvent)e.Resource).ToList();
        // (Other tests running at the same time may list this resident in station A's searches: only these two are asserted.)
        var read = Assert.Single(events, e => e.Subtype[0].Code == "read" && e.Agent[0].Who.Identifier.Value == "a1");
        Assert.Equal((AuditEvent.AuditEventAction.R, AuditEvent.AuditEventOutcome.N0, true), (read.Action, read.Outcome, read.Agent[0].Requestor));
        Assert.Contains("/fhir/Patient/", read.Entity[0].Description, StringComparison.Ordinal);
        Assert.Equal($"Patient/{person}", Assert.Single(read.Entity).What.Reference);
        var create = Assert.Single(events, e => e.Subtype[0].Code == "create");
        Assert.Equal((AuditEvent.AuditEventAction.C, "Person", "a1"), (create.Action, create.Entity[0].Description, create.Agent[0].Who.Identifier.Value));
        Assert.True(events.IndexOf(read) < events.IndexOf(create)); // newest first
        Assert.Equal(read.Id, (await admin.ReadAsync<AuditEvent>($"AuditEvent/{read.Id}")).Id);

        // Paged newest first, one event a page: each once (the walk's own audit rows are newer than its cursor).
        var seen = new List<string>();
        for (var page = await admin.SearchAsync<AuditEvent>([$"patient={person}"], pageSize: 1); page is not null; page = await admin.ContinueAsync(page))
        {
            seen.AddRange(page.Entry.Select(e => e.Resource.Id));
            Assert.True(seen.Count < 50);
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Contains(read.Id, seen);
        Assert.Contains(create.Id, seen);
        Assert.Equal(HttpStatusCode.BadRequest, (await Assert.ThrowsAsync<FhirOperationException>(() => admin.SearchAsync<AuditEvent>([]))).Status);
    }

    private static readonly object[] Checkup = [new { code = "Z00.0", isMain = true }];

    private static async Task SaveRecordAsync(HttpClient http, Guid person, object record)
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{person}/health-record") { Content = JsonContent.Create(record) };
        put.Headers.IfMatch.ParseAdd("\"0\"");
        var response = await http.SendAsync(put);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
