using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests;

[Collection(CoSoAppGroup.Name)]
public sealed class CaseLabResultTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task A_clinician_adds_a_lab_result_to_a_case_and_a_missing_test_name_is_refused_on_its_field()
    {
        var caseId = Guid.CreateVersion7();
        await using (var sp = TestData.Services(App.ConnectionString))
        {
            await using var scope = sp.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            db.Set<CaseReport>().Add(new CaseReport
            {
                Id = caseId, ProvinceCode = "01", OrgUnitId = App.Data.StationA, PersonId = App.Data.ResidentA, DiseaseCode = "dengue",
                Classification = CaseClassification.Suspected, OnsetDate = new DateOnly(2026, 11, 1),
                DiagnosedAt = new DateTimeOffset(2026, 11, 2, 2, 0, 0, TimeSpan.Zero), ReportedAt = new DateTimeOffset(2026, 11, 2, 3, 0, 0, TimeSpan.Zero),
                Outcome = CaseOutcome.UnderTreatment, Version = 1,
            });
            await db.SaveChangesAsync();
        }

        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync($"/giam-sat/ca/{caseId}");
        await Expect(page.TestId("case-summary")).ToContainTextAsync("01/11/2026");
        await Expect(page.TestId("lab-results").Locator("tbody tr")).ToHaveCountAsync(0);

        // No test named: refused, with the message on that field, and nothing stored.
        await page.Input("lab-result").FillAsync("Dương tính");
        await page.TestId("lab-add").ClickAsync();
        await Expect(page.Field("lab-test")).ToContainTextAsync("Cần ghi tên xét nghiệm");
        await Expect(page.TestId("lab-results").Locator("tbody tr")).ToHaveCountAsync(0);

        await page.Input("lab-test").FillAsync("NS1");
        await page.Input("lab-specimen").FillAsync("03/11/2026");
        await page.Input("lab-result").FillAsync("Dương tính");
        await page.Input("lab-name").FillAsync("CDC Hà Nội");
        await page.TestId("lab-add").ClickAsync();
        var row = page.TestId("lab-results").Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("NS1");
        await Expect(row).ToContainTextAsync("03/11/2026");
        await Expect(row).ToContainTextAsync("CDC Hà Nội");

        await using var check = TestData.Services(App.ConnectionString);
        await using var s2 = check.CreateAsyncScope();
        var data = s2.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var stored = await data.Set<CaseLabResult>().IgnoreQueryFilters().SingleAsync(r => r.CaseReportId == caseId);
        Assert.Equal(("NS1", new DateOnly(2026, 11, 3), "Dương tính"), (stored.Test, stored.SpecimenDate, stored.Result));

        // Staff of the other station do not see the case.
        var other = await NewPageAsync();
        await other.SignInAsync(TestData.UserB, TestData.Password);
        await other.GotoAsync($"/giam-sat/ca/{caseId}");
        await Expect(other.TestId("lab-form")).ToHaveCountAsync(0);
        await Expect(other.TestId("case-summary")).ToHaveCountAsync(0);
    }
}
