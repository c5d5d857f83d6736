// Firely's model is nullable-annotated throughout (every FHIR element is optional): these tests assert the values
// themselves, so a null fails the assertion rather than needing a `!` at every step.
#nullable disable warnings
using System.Net;
using System.Net.Http.Json;
using CoSo.Core.People;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

/// <summary>Location (stations and villages), Practitioner (staff register) and PractitionerRole (postings).</summary>
public sealed class FhirWorkforceTests
{
    private const string Cchn = "http://fhir.hl7.org.vn/core/sid/cchn";
    private const string PhysicalType = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Villages_are_areas_part_of_their_station_and_stations_are_buildings(string provider)
    {
        var app = await Apps.Get(provider);
        var (_, fhir) = await FhirTestClient.SignInAsync(app, "a1");

        var village = await fhir.ReadAsync<Location>($"Location/{app.Org.VillageA1.Id}");
        Assert.Equal(("Thôn Đông", PhysicalType, "area"), (village.Name, village.PhysicalType.Coding[0].System, village.PhysicalType.Coding[0].Code));
        Assert.Equal($"Location/{app.Org.StationA.Id}", village.PartOf.Reference);
        Assert.Equal($"Organization/{app.Org.StationA.Id}", village.ManagingOrganization.Reference);
        Assert.Equal([app.Org.StationA.Code + "-T1"], village.Alias);
        FhirValidation.AssertValid(village);

        // The station's parent is the provincial department, an Organization and not a place: no partOf.
        var station = await fhir.ReadAsync<Location>($"Location/{app.Org.StationA.Id}");
        Assert.Equal(("bu", app.Org.StationA.Name), (station.PhysicalType.Coding[0].Code, station.Name));
        Assert.Null(station.PartOf);
        Assert.Equal($"Organization/{app.Org.StationA.Id}", station.ManagingOrganization.Reference);
        FhirValidation.AssertValid(station);

        var villages = await fhir.SearchAsync<Location>([$"partof=Location/{app.Org.StationA.Id}"]);
        var ids = villages.Entry.Select(e => e.Resource.Id).ToList();
        Assert.Contains(app.Org.VillageA1.Id.ToString(), ids);
        Assert.Contains(app.Org.VillageA2.Id.ToString(), ids);
        Assert.DoesNotContain(app.Org.VillageB1.Id.ToString(), ids);
        Assert.DoesNotContain(app.Org.StationA.Id.ToString(), ids);
        FhirValidation.AssertValidBundle(villages);

        var managedByB = (await fhir.SearchAsync<Location>([$"organization={app.Org.StationB.Id}"])).Entry.Select(e => e.Resource.Id).ToList();
        Assert.Contains(app.Org.StationB.Id.ToString(), managedByB);
        Assert.Contains(app.Org.VillageB1.Id.ToString(), managedByB);
        Assert.DoesNotContain(app.Org.VillageA1.Id.ToString(), managedByB);

        var department = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.ReadAsync<Location>($"Location/{app.Org.Department.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, department.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_read_as_Practitioners_with_their_practising_certificate_and_postings_as_PractitionerRoles_in_scope(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var licence = $"{TestPeople.Next():000000}/TH-CCHN";
        var nurseName = TestPeople.UniqueName("Lê Thị");
        var nurse = await CreateAsync(http, new
        {
            cccd = TestPeople.Cccd(Sex.Female, 1990), fullName = nurseName, sex = "Female", birthDate = "1990-02-03", cadre = "Nurse",
            employmentType = "Permanent", orgUnitId = app.Org.StationA.Id, since = "2024-01-01", position = "Điều dưỡng trưởng",
            licenceNumber = licence, licenceScope = "Điều dưỡng", qualifications = new[] { new { name = "Cao đẳng điều dưỡng", awardedOn = "2012-06-30" } },
        });
        var vhw = await CreateAsync(http, new
        {
            cccd = TestPeople.Cccd(Sex.Male, 1985), fullName = TestPeople.UniqueName(), sex = "Male", birthDate = "1985-04-05", cadre = "VillageHealthWorker",
            employmentType = "Contract", orgUnitId = app.Org.StationA.Id, since = "2025-03-01", trainingMonths = 6, villageIds = new[] { app.Org.VillageA1.Id },
        });

        foreach (var value in new[] { $"{Cchn}|{licence}", licence })
        {
            var found = await fhir.SearchAsync<Practitioner>([$"identifier={value}"]);
            Assert.Equal(nurse, Assert.Single(found.Entry).Resource.Id);
            FhirValidation.AssertValidBundle(found);
        }

        Assert.Equal(0, (await fhir.SearchAsync<Practitioner>([$"identifier=http://example.org/other|{licence}"])).Total);

        // By name typed without diacritics, as for residents: any part's start (`name`), the family name, the given names.
        var plain = CoSo.Core.Common.TextFolding.Fold(nurseName); // "le thi …": the test's own unique syllables
        var given = plain[(plain.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        foreach (var query in new[] { $"name={given.ToUpperInvariant()}", $"name={nurseName}", $"family=le&given={given}" })
        {
            var byName = await fhir.SearchAsync<Practitioner>(query.Split('&'));
            Assert.True(byName.Entry.Count == 1 && byName.Entry[0].Resource.Id == nurse, query);
        }

        Assert.Empty((await fhir.SearchAsync<Practitioner>([$"family=nguyen", $"given={given}"])).Entry);

        var practitioner = await fhir.ReadAsync<Practitioner>($"Practitioner/{nurse}");
        var identifier = Assert.Single(practitioner.Identifier);
        Assert.Equal((Cchn, licence), (identifier.System, identifier.Value));
        Assert.Equal("Lê", practitioner.Name[0].Family);
        Assert.Equal(nurseName.Split(' ')[1..], practitioner.Name[0].Given);
        Assert.Equal(AdministrativeGender.Female, practitioner.Gender);
        Assert.Null(practitioner.BirthDate); // the worker's birth date and CCCD are not served
        Assert.Equal(["Chứng chỉ hành nghề: Điều dưỡng", "Cao đẳng điều dưỡng"], practitioner.Qualification.Select(q => q.Code.Text));
        Assert.Equal("2012-06-30", practitioner.Qualification[1].Period.Start);
        FhirValidation.AssertValid(practitioner);

        var nurseRole = (PractitionerRole)Assert.Single((await fhir.SearchAsync<PractitionerRole>([$"practitioner=Practitioner/{nurse}"])).Entry).Resource;
        Assert.Equal($"Organization/{app.Org.StationA.Id}", nurseRole.Organization.Reference);
        Assert.Equal($"Location/{app.Org.StationA.Id}", Assert.Single(nurseRole.Location).Reference);
        Assert.Equal(("2024-01-01", null, true), (nurseRole.Period.Start, nurseRole.Period.End, nurseRole.Active));
        Assert.Equal(("urn:coso:cadre", "Nurse", "Điều dưỡng trưởng"), (nurseRole.Code[0].Coding[0].System, nurseRole.Code[0].Coding[0].Code, nurseRole.Code[0].Text));
        FhirValidation.AssertValid(nurseRole);

        // A village health worker is posted to the village: the village is the Location, its station the Organization.
        var vhwRoles = await fhir.SearchAsync<PractitionerRole>([$"practitioner={vhw}"]);
        var vhwRole = (PractitionerRole)Assert.Single(vhwRoles.Entry).Resource;
        Assert.Equal(($"Organization/{app.Org.StationA.Id}", $"Location/{app.Org.VillageA1.Id}", "VillageHealthWorker"), (vhwRole.Organization.Reference, Assert.Single(vhwRole.Location).Reference, vhwRole.Code[0].Coding[0].Code));
        FhirValidation.AssertValidBundle(vhwRoles);

        var atVillage = (await fhir.SearchAsync<PractitionerRole>([$"location=Location/{app.Org.VillageA1.Id}"])).Entry.Select(e => e.Resource.Id).ToList();
        Assert.Contains(vhwRole.Id, atVillage);
        Assert.DoesNotContain(nurseRole.Id, atVillage);
        var ofStation = (await fhir.SearchAsync<PractitionerRole>([$"organization={app.Org.StationA.Id}", $"practitioner={nurse},{vhw}"])).Entry.Select(e => e.Resource.Id).Order().ToList();
        Assert.Equal(new[] { nurseRole.Id, vhwRole.Id }.Order(), ofStation);

        // Station B sees neither the worker nor the posting (404 on read, absent from search).
        var (_, fhirB) = await FhirTestClient.SignInAsync(app, "b1");
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.ReadAsync<Practitioner>($"Practitioner/{nurse}"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Assert.ThrowsAsync<FhirOperationException>(() => fhirB.ReadAsync<PractitionerRole>($"PractitionerRole/{nurseRole.Id}"))).Status);
        Assert.Equal(0, (await fhirB.SearchAsync<Practitioner>([$"identifier={licence}"])).Total);
        Assert.Equal(0, (await fhirB.SearchAsync<Practitioner>([$"name={given}"])).Total);
        Assert.Equal(0, (await fhirB.SearchAsync<PractitionerRole>([$"practitioner={nurse}"])).Total);
    }

    private static async Task<string> CreateAsync(HttpClient http, object staff)
    {
        var response = await http.PostAsJsonAsync("/api/v1/workforce/staff", staff, TestPeople.Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();
    }
}
