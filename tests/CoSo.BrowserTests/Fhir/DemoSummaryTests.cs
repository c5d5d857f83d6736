using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Data;
using CoSo.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.BrowserTests.Fhir;

/// <summary>
/// Issue 18: "$summary of a demo patient has each section it has data for" — on the demo province the README's
/// command seeds, as the demo clinician. What each resident has is read from the database, not from the FHIR code;
/// the section codes are the IPS's (HL7 IPS IG, Composition section slices, LOINC).
/// </summary>
[Collection(CoSoAppGroup.Name)]
public sealed class DemoSummaryTests(CoSoApp app) : BrowserTest(app)
{
    private const string Problems = "11450-4";
    private const string Allergies = "48765-2";
    private const string Medications = "10160-0";
    private const string Immunizations = "11369-6";
    private const string VitalSigns = "8716-3";
    private const string PlanOfCare = "18776-5";

    [Fact]
    public async Task The_summary_of_a_demo_hypertension_patient_and_of_a_demo_child_has_each_section_they_have_data_for()
    {
        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var station = await db.Users.AsNoTracking().Where(u => u.UserName == "bacsi").SelectMany(u => u.Units).Select(u => u.OrgUnitId).FirstAsync();
        var today = VietnamClock.Today(TimeProvider.System);

        // A hypertension patient of the station under management, with a measured visit.
        var patient = await db.Set<ChronicEnrolment>().AsNoTracking()
            .Where(e => e.OrgUnitId == station && e.Programme == ChronicProgramme.Hypertension && e.Status == EnrolmentStatus.Active)
            .Where(e => db.Encounters.Any(v => v.PersonId == e.PersonId && !v.Voided && v.Systolic != null))
            .OrderBy(e => e.PersonId).Select(e => e.PersonId).FirstAsync();
        // A child of the station with doses.
        var child = await db.Set<ImmunizationDose>().AsNoTracking().Where(d => d.OrgUnitId == station)
            .GroupBy(d => d.PersonId).Where(g => g.Count() >= 3).OrderBy(g => g.Key).Select(g => g.Key).FirstAsync();

        using var http = await SignedInAsync();
        foreach (var person in new[] { patient, child })
        {
            var visits = await db.Encounters.AsNoTracking().Where(v => v.PersonId == person && !v.Voided).Include(v => v.Diagnoses).Include(v => v.Prescriptions).ToListAsync();
            var doses = await db.Set<ImmunizationDose>().AsNoTracking().CountAsync(d => d.PersonId == person);
            var enrolled = await db.Set<ChronicEnrolment>().AsNoTracking().AnyAsync(e => e.PersonId == person && e.Status == EnrolmentStatus.Active);
            var activeDrugs = visits.Sum(v => v.Prescriptions.Count(p => p.Days > 0 && v.VisitDate.AddDays(p.Days - 1) >= today));
            var diagnosisCodes = visits.SelectMany(v => v.Diagnoses).Select(d => d.Code).Distinct().Count();

            var response = await http.GetAsync($"/fhir/Patient/{person}/$summary");
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, text);
            var bundle = JsonDocument.Parse(text).RootElement;
            Assert.Equal("document", bundle.GetProperty("type").GetString());
            var composition = bundle.GetProperty("entry")[0].GetProperty("resource");
            var sections = composition.GetProperty("section").EnumerateArray()
                .ToDictionary(s => s.GetProperty("code").GetProperty("coding")[0].GetProperty("code").GetString()!, s => s.TryGetProperty("entry", out var e) ? e.GetArrayLength() : 0);

            // The three IPS requires are always there (with emptyReason when empty); the others exactly when there is data.
            Assert.Contains(Problems, sections.Keys);
            Assert.Contains(Allergies, sections.Keys);
            Assert.Contains(Medications, sections.Keys);
            Assert.Equal(diagnosisCodes + (enrolled ? 1 : 0) > 0, sections[Problems] > 0);
            Assert.True(sections[Problems] >= diagnosisCodes, $"{sections[Problems]} problems for {diagnosisCodes} codes");
            Assert.Equal(activeDrugs, sections[Medications]);
            Assert.Equal(doses > 0, sections.ContainsKey(Immunizations));
            if (doses > 0)
            {
                Assert.Equal(doses, sections[Immunizations]);
            }

            Assert.Equal(visits.Any(v => v.Systolic != null || v.WeightKg != null || v.TemperatureC != null), sections.ContainsKey(VitalSigns));
            Assert.Equal(enrolled, sections.ContainsKey(PlanOfCare));
        }

        // The patient's summary was read as the clinician, and the read is in the resident's audit trail.
        Assert.True(await db.ReadAudits.AsNoTracking().AnyAsync(r => r.UserName == "bacsi" && r.Source.Contains("/fhir/Patient")), "no FHIR read audited for bacsi");
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = App.BaseUrl };
        http.DefaultRequestHeaders.Accept.ParseAdd("application/fhir+json");
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = "bacsi", password = DemoOptions.DemoPassword });
        Assert.True(login.IsSuccessStatusCode, await login.Content.ReadAsStringAsync());
        return http;
    }
}
