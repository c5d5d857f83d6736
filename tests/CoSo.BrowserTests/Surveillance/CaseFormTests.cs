using CoSo.BrowserTests.Infrastructure;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests.Surveillance;

/// <summary>A clinician reports a dengue case by hand, finding the disease by typing "sot xuat" without diacritics.</summary>
[Collection(CoSoAppGroup.Name)]
public sealed class CaseFormTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public async Task Typing_sot_xuat_offers_dengue_not_typhoid_and_the_case_is_saved_as_dengue()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync("/giam-sat/ca-moi");
        await page.Input("case-disease").FillAsync("sot xuat");
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await Expect(options.First).ToHaveTextAsync("Sốt xuất huyết Dengue");
        await Expect(options.Filter(new() { HasText = "Thương hàn" })).ToHaveCountAsync(0);
        await options.First.ClickAsync();
        await Expect(page.Input("case-disease")).ToHaveValueAsync("Sốt xuất huyết Dengue");

        await page.Input("case-name").FillAsync("Vi Thị Muỗi");
        await page.TestId("case-sex").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Nữ" }).First.ClickAsync();
        await page.Input("case-birth-year").FillAsync("2014");
        await page.TestId("case-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/giam-sat$"));

        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<CaseReport>().AsNoTracking().SingleAsync(c => c.NonResidentName == "Vi Thị Muỗi");
        Assert.Equal(("dengue", App.Data.StationA), (saved.DiseaseCode, saved.OrgUnitId));
    }
}
