#nullable disable warnings
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Core.People;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

/// <summary>
/// The bulk export writes its NDJSON straight from the rows (FhirNdjsonWriter, no Firely POCOs): the Firely mappers the
/// read handlers use are the ground truth. Every exported line, parsed by Firely, must be exactly the resource
/// <c>GET /fhir/{type}/{id}</c> returns — nothing excepted, meta (versionId, lastUpdated, profile) included — and
/// valid R4, over residents and records that take every branch of the mappers.
/// </summary>
public sealed class FhirNdjsonTests
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_exported_line_is_exactly_the_resource_the_read_returns_and_valid(string provider)
    {
        var app = await Apps.Get(provider);
        var (http, fhir) = await FhirTestClient.SignInAsync(app, "a1");
        var village = app.Org.VillageA1.Id;
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        // Residents: with everything (CCCD, phone, an address with JSON's specials), without CCCD, phone and address,
        // a woman born on a known day, one deceased, and a merged pair.
        var full = await RegisterAsync(http, new { fullName = "Nguyễn Thị Hồng Nhung", birthDate = "1961-02-03", sex = "Female", cccd = TestPeople.Cccd(Sex.Female, 1961), phone = "0912" + TestPeople.Next().ToString("000000", CultureInfo.InvariantCulture), addressLine = "Số 7, ngõ \"Hoa Sữa\" \\ thôn Đông, xã Hưng Lộc", villageId = village });
        var bare = await RegisterAsync(http, new { fullName = "Ưng Hoàng", birthDate = "1990-07-01", sex = "Male", villageId = village });
        var died = await RegisterAsync(http, new { fullName = "Trần Văn Đức", birthDate = "1940-11-20", sex = "Male", cccd = TestPeople.Cccd(Sex.Male, 1940), villageId = village });
        using (var death = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/people/{died}/death") { Content = JsonContent.Create(new { diedOn = today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }) })
        {
            death.Headers.IfMatch.ParseAdd("\"1\"");
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(death)).StatusCode);
        }

        var keep = await RegisterAsync(http, TestPeople.Input(village, name: "Lê Văn Hải"));
        var dup = await RegisterAsync(http, TestPeople.Input(village, name: "Lê Văn Hải"));
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync($"/api/v1/people/{keep}/merge", new { duplicateId = dup })).StatusCode);

        // Visits: every measurement, decimals written with a dot whatever the culture, a reason, a main and a secondary diagnosis
        // with their Vietnamese names; a visit with only a pulse and a temperature; a voided visit (entered-in-error everywhere).
        var visit = await VisitAsync(http, full, new
        {
            reason = "Đau đầu, chóng mặt",
            systolic = 152, diastolic = 94, pulse = 78, respiratoryRate = 18, temperatureC = 37.5m, spO2 = 97, weightKg = 52.35m, heightCm = 151.5m, capillaryGlucoseMmol = 6.1m,
            diagnoses = new object[] { new { code = "J06.9", isMain = false }, new { code = "I10", isMain = true } },
        });
        await VisitAsync(http, bare, new { pulse = 64, temperatureC = 36.8m, diagnoses = new[] { new { code = "E11.9", isMain = true } } });
        var voided = await VisitAsync(http, keep, new { systolic = 130, diastolic = 85, diagnoses = new[] { new { code = "I10", isMain = true } } });
        using (var @void = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/people/{keep}/visits/{voided}/void") { Content = JsonContent.Create(new { reason = "Nhập nhầm người" }) })
        {
            @void.Headers.IfMatch.ParseAdd("\"1\"");
            var response = await http.SendAsync(@void);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        // Doses: here with lot, expiry, site and time; elsewhere (primarySource false); a vaccine without a CVX code.
        var born = today.AddMonths(-4);
        var child = await RegisterAsync(http, new { fullName = "Phạm Gia Bảo", birthDate = Iso(born), sex = "Male", villageId = village });
        await DoseAsync(http, child, new { vaccine = "BCG", givenOn = Iso(born.AddDays(3)), givenTime = "09:30", lotNumber = "BCG-0425", lotExpiry = Iso(today.AddYears(1)), site = "Cánh tay trái" });
        await DoseAsync(http, child, new { vaccine = "HepB-birth", givenOn = Iso(born), place = "Elsewhere", placeText = "Bệnh viện huyện Hưng Nguyên" });
        await DoseAsync(http, child, new { vaccine = "DTaP-IPV-HepB-Hib", givenOn = Iso(born.AddDays(60)) });

        var kick = new HttpRequestMessage(HttpMethod.Get, "/fhir/$export");
        kick.Headers.Add("Prefer", "respond-async");
        var status = (await http.SendAsync(kick)).Content.Headers.ContentLocation.ToString();
        JsonElement manifest = default;
        for (var i = 0; i < 600; i++)
        {
            var poll = await http.GetAsync(status);
            if (poll.StatusCode == HttpStatusCode.OK)
            {
                manifest = await poll.Content.ReadFromJsonAsync<JsonElement>();
                break;
            }

            await Task.Delay(100);
        }

        var ours = new HashSet<string> { full, bare, died, keep, dup, child };
        var compared = new Dictionary<string, int>();
        foreach (var output in manifest.GetProperty("output").EnumerateArray())
        {
            var type = output.GetProperty("type").GetString();
            var bytes = await http.GetByteArrayAsync(output.GetProperty("url").GetString());
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            // Real UTF-8, not \u escapes; one resource a line.
            Assert.DoesNotContain("\\u", text);
            Assert.EndsWith("\n", text);
            foreach (var line in text[..^1].Split('\n'))
            {
                var exported = JsonSerializer.Deserialize<Resource>(line, Fhir);
                Assert.Equal(type, exported.TypeName);
                FhirValidation.AssertValid(exported);
                if (!ours.Contains(exported.Id) && !ours.Contains(Subject(exported)))
                {
                    continue;
                }

                var read = await fhir.ReadAsync<Resource>($"{type}/{exported.Id}");
                Assert.True(exported.IsExactly(read), $"{type}/{exported.Id} exported:\n{line}\nread:\n{JsonSerializer.Serialize(read, Fhir)}");
                compared[type] = compared.GetValueOrDefault(type) + 1;
            }

            if (type == "Patient")
            {
                Assert.Contains("Nguyễn Thị Hồng Nhung", text);
                Assert.Contains("ngõ \\\"Hoa Sữa\\\" \\\\ thôn", text);
            }

            if (type == "Observation")
            {
                Assert.Contains("\"value\":37.5,", text);
                Assert.Contains("\"value\":6.1,", text);
                Assert.Contains("\"value\":52.35,", text);
                Assert.Contains("\"value\":36.8,", text);
            }

            if (type == "Condition")
            {
                Assert.Contains("\"display\":\"Bệnh lý tăng huyết áp\"", text); // I10 in data/icd10/icd10-vn.csv
            }
        }

        // What was compared: 5 Patients (the merged-away one is not exported), 3 visits, 9 + 2 + 1 Observations
        // (blood pressure, heart rate, respiration, temperature, SpO2, weight, height, BMI, glucose of the full visit;
        // pulse and temperature; the voided blood pressure), 4 diagnoses, 3 doses.
        Assert.Equal(5, compared["Patient"]);
        Assert.Equal(3, compared["Encounter"]);
        Assert.Equal(12, compared["Observation"]);
        Assert.Equal(4, compared["Condition"]);
        Assert.Equal(3, compared["Immunization"]);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Subject(Resource r) => r switch
    {
        Encounter e => e.Subject?.Reference?[8..],
        Observation o => o.Subject?.Reference?[8..],
        Condition c => c.Subject?.Reference?[8..],
        Hl7.Fhir.Model.Immunization i => i.Patient?.Reference?[8..],
        _ => null,
    };

    private static async Task<string> RegisterAsync(HttpClient http, object input) =>
        (await TestPeople.RegisterAsync(http, input)).GetProperty("id").GetString();

    private static async Task<string> VisitAsync(HttpClient http, string person, object input)
    {
        var response = await http.PostAsJsonAsync($"/api/v1/people/{person}/visits", input);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
    }

    private static async Task DoseAsync(HttpClient http, string person, object input)
    {
        var response = await http.PostAsJsonAsync($"/api/v1/immunization/people/{person}/doses", input);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
