// Firely's model is nullable-annotated throughout (every FHIR element is optional): these tests assert the values
// themselves, so a null fails the assertion rather than needing a `!` at every step.
#nullable disable warnings
using System.Net;
using System.Text.Json;
using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

public sealed class FhirPatientTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_resident_is_found_by_CCCD_with_either_system_or_none_and_by_a_name_typed_without_diacritics(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var fullName = TestPeople.UniqueName("Trần Thị");
        var registered = await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, fullName, new DateOnly(1968, 5, 12), Core.People.Sex.Female));
        var id = registered.GetProperty("id").GetString();
        var cccd = registered.GetProperty("cccd").GetString()!;

        foreach (var query in new[] { $"identifier={FhirTestClient.Cccd}|{cccd}", $"identifier={FhirTestClient.MinistryNationalId}|{cccd}", $"identifier={cccd}" })
        {
            var bundle = await fhir.SearchAsync<Patient>([query]);
            Assert.Equal(Bundle.BundleType.Searchset, bundle!.Type);
            Assert.Equal(1, bundle.Total);
            Assert.Equal(id, Assert.Single(bundle.Entry).Resource.Id);
            Assert.Equal($"http://localhost/fhir/Patient/{id}", bundle.Entry[0].FullUrl);
            FhirValidation.AssertValidBundle(bundle);
        }

        // The BHYT card (found through its social-insurance number's index): with its system, the Ministry's alias, or
        // none; a CCCD under the BHYT system, or a card under the CCCD system, matches nothing.
        var card = registered.GetProperty("bhytNumber").GetString()!;
        foreach (var query in new[] { $"identifier=http://fhir.hl7.org.vn/core/sid/bhyt|{card}", $"identifier=http://fhir.ehealth.gov.vn/core/sid/insurance_number|{card}", $"identifier={card}", $"identifier={card.ToLowerInvariant()}", $"identifier=000000000000,{card}" })
        {
            Assert.Equal(id, Assert.Single((await fhir.SearchAsync<Patient>([query]))!.Entry).Resource.Id);
        }

        Assert.Equal(0, (await fhir.SearchAsync<Patient>([$"identifier=http://fhir.hl7.org.vn/core/sid/bhyt|{cccd}"]))!.Total);
        Assert.Equal(0, (await fhir.SearchAsync<Patient>([$"identifier={FhirTestClient.Cccd}|{card}"]))!.Total);

        // A system CoSo does not hold, or "|value" (explicitly without a system), is not a CCCD.
        Assert.Equal(0, (await fhir.SearchAsync<Patient>([$"identifier=http://example.org/sid/other|{cccd}"]))!.Total);
        Assert.Equal(0, (await fhir.SearchAsync<Patient>([$"identifier=|{cccd}"]))!.Total);

        // "Trần Thị Hoa Lan Tâm" typed as "tran thi hoa lan tam", and by its family and a given name alone.
        var plain = TextFolding.Fold(fullName);
        var words = plain.Split(' ');
        foreach (var query in new[] { new[] { "name=" + plain }, ["family=" + words[0], "given=" + words[2], "given=" + words[3], "given=" + words[4]], ["name=" + string.Join(' ', words[2..])] })
        {
            var bundle = await fhir.SearchAsync<Patient>(query);
            Assert.Equal(id, Assert.Single(bundle!.Entry).Resource.Id);
        }

        var patient = (Patient)(await fhir.SearchAsync<Patient>(["name=" + plain]))!.Entry[0].Resource;
        var identifier = Assert.Single(patient.Identifier);
        Assert.Equal((FhirTestClient.Cccd, cccd), (identifier.System, identifier.Value));
        Assert.Equal(("Trần", "1968-05-12", AdministrativeGender.Female), (patient.Name[0].Family, patient.BirthDate, patient.Gender));
        Assert.Equal(fullName.Split(' ')[1..], patient.Name[0].Given);
        Assert.Equal($"Organization/{app.Org.StationA.Id}", patient.ManagingOrganization.Reference);

        var phone = registered.GetProperty("phone").GetString();
        Assert.Equal(id, Assert.Single((await fhir.SearchAsync<Patient>([$"phone={phone}"]))!.Entry).Resource.Id);

        // An unsupported parameter is ignored (and left out of self) unless the client asks for strict handling.
        var lenient = await fhir.SearchAsync<Patient>([$"identifier={cccd}", "address-city=x"]);
        Assert.Equal(1, lenient!.Total);
        Assert.DoesNotContain("address-city", lenient.SelfLink.ToString(), StringComparison.Ordinal);
        using (var strict = new HttpRequestMessage(HttpMethod.Get, $"/fhir/Patient?identifier={cccd}&address-city=x"))
        {
            strict.Headers.Add("Prefer", "handling=strict");
            Assert.Equal(HttpStatusCode.BadRequest, (await http.SendAsync(strict)).StatusCode);
        }

        var read = await fhir.ReadAsync<Patient>($"Patient/{id}");
        Assert.Equal(cccd, read!.Identifier[0].Value);
        FhirValidation.AssertValid(read);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Birthdate_treats_a_year_alone_as_the_whole_year_on_both_sides(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var family = Marker();
        var full = await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, family + " Văn Đủ", new DateOnly(1968, 5, 12)));
        var yearOnly = await TestPeople.RegisterAsync(http, new
        {
            fullName = family + " Thị Năm", birthYear = 1950, sex = "Female", villageId = app.Org.VillageA1.Id, ethnicityCode = "01",
        });
        var fullId = full.GetProperty("id").GetString();
        var yearId = yearOnly.GetProperty("id").GetString();

        // Expected sets worked from R4 §3.1.1.5.6 (ranges): eq = the resident's range inside the parameter's,
        // ge/le = overlapping at or after / at or before, gt/lt = reaching beyond the end / before the start.
        var cases = new (string Value, string?[] Expected)[]
        {
            ("1968", [fullId]), ("1968-05", [fullId]), ("1968-06", []), ("eq1968-05-12", [fullId]), ("lt1968-05-12", [yearId]),
            ("gt1968-05-11", [fullId]), ("1950", [yearId]), ("1950-06", []), ("ge1950-06", [yearId, fullId]), ("le1950-06", [yearId]),
            ("gt1950", [fullId]), ("lt1950-01-01", []), ("lt1950-01-02", [yearId]), ("gt1950-12-30", [yearId, fullId]),
        };
        foreach (var (value, expected) in cases)
        {
            var bundle = await fhir.SearchAsync<Patient>(["family=" + family.ToLowerInvariant(), "birthdate=" + value]);
            Assert.True(expected.Order().SequenceEqual(bundle!.Entry.Select(e => e.Resource.Id).Order()), $"birthdate={value}");
        }

        var year = await fhir.ReadAsync<Patient>($"Patient/{yearId}");
        Assert.Equal("1950", year!.BirthDate);
        FhirValidation.AssertValid(year);

        var bad = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.SearchAsync<Patient>(["birthdate=12/05/1968"]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Contains("birthdate", bad.Outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Paging_through_next_returns_every_match_once_while_residents_are_registered_between_pages(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var family = Marker();
        var before = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            before.Add((await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, TestPeople.UniqueName(family)))).GetProperty("id").GetString()!);
        }

        var page = await fhir.SearchAsync<Patient>(["family=" + family.ToLowerInvariant()], pageSize: 3);
        Assert.Equal(7, page!.Total);
        var seen = new List<string>();
        var added = new List<string>();
        var pages = 0;
        while (page is not null)
        {
            Assert.True(page.Entry.Count <= 3);
            Assert.NotNull(page.SelfLink);
            seen.AddRange(page.Entry.Select(e => e.Resource.Id));
            pages++;
            // Two more residents of the same family before each following page: a page must not shift under them.
            for (var i = 0; i < 2 && pages < 4; i++)
            {
                added.Add((await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id, TestPeople.UniqueName(family)))).GetProperty("id").GetString()!);
            }

            page = page.NextLink is null ? null : await fhir.ContinueAsync(page);
        }

        Assert.Equal(seen.Count, seen.Distinct().Count()); // no repeats
        Assert.All(before, id => Assert.Contains(id, seen)); // every resident there from the start
        Assert.All(seen, id => Assert.True(before.Contains(id) || added.Contains(id)));
        Assert.True(pages >= 3);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_with_If_None_Exist_on_the_CCCD_twice_gives_one_Patient(string provider)
    {
        var app = await Apps.Get(provider);
        var (_, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var cccd = TestPeople.Cccd(Core.People.Sex.Male, 1971);
        var patient = new Patient
        {
            Name = [new HumanName { Family = "Lê", Given = ["Văn", Marker()] }],
            Gender = AdministrativeGender.Male,
            BirthDate = "1971-03-04",
            Identifier = [new Identifier(FhirTestClient.Cccd, cccd)],
            ManagingOrganization = new ResourceReference($"Organization/{app.Org.StationA.Id}"),
        };
        var condition = new SearchParams().Add("identifier", $"{FhirTestClient.Cccd}|{cccd}");

        var first = await fhir.ConditionalCreateAsync(patient, condition);
        Assert.Equal("201", fhir.LastResult!.Status);
        var second = await fhir.ConditionalCreateAsync(patient, condition);
        Assert.Equal("200", fhir.LastResult!.Status);
        Assert.Equal(first!.Id, second!.Id);
        Assert.Equal(1, await TestDatabase.CountAsync<Core.People.Person>(app.ConnectionString, q => q.Where(p => p.Cccd == cccd)));
        FhirValidation.AssertValid(first);

        // A CCCD of 11 digits: 400, an OperationOutcome pointing at the element, in Vietnamese by default.
        patient.Identifier[0].Value = "03807112345";
        var bad = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.CreateAsync(patient));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        var issue = Assert.Single(bad.Outcome.Issue);
        Assert.Equal(["Patient.identifier"], issue.Expression);
        Assert.Equal(Messages.Get("cccd.format", Messages.Vietnamese), issue.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_merged_away_resident_reads_as_inactive_and_replaced_by_the_kept_one(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var keep = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        var dup = (await TestPeople.RegisterAsync(http, TestPeople.Input(app.Org.VillageA1.Id))).GetProperty("id").GetString();
        var merge = await http.PostAsync($"/api/v1/people/{keep}/merge", new StringContent(JsonSerializer.Serialize(new { duplicateId = dup }), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);

        var tombstone = await fhir.ReadAsync<Patient>($"Patient/{dup}");
        Assert.False(tombstone!.Active);
        var link = Assert.Single(tombstone.Link);
        Assert.Equal((Patient.LinkType.ReplacedBy, $"Patient/{keep}"), (link.Type, link.Other.Reference));
        FhirValidation.AssertValid(tombstone);
        Assert.True((await fhir.ReadAsync<Patient>($"Patient/{keep}"))!.Active);
    }

    /// <summary>A made-up family name no other test uses ("Xq" + letters), so a family search sees only this test's residents.</summary>
    internal static string Marker()
    {
        var n = TestPeople.Next();
        var letters = new char[6];
        for (var i = 0; i < letters.Length; i++, n /= 26)
        {
            letters[i] = (char)('a' + (n % 26));
        }

        return "Xq" + new string(letters);
    }
}
