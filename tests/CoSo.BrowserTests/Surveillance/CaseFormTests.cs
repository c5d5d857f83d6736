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
        await page.Input("case-disease").FillSettledAsync("sot xuat");
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await Expect(options.First).ToHaveTextAsync("Sốt xuất huyết Dengue");
        await Expect(options.Filter(new() { HasText = "Thương hàn" })).ToHaveCountAsync(0);
        await options.First.ClickAsync();
        await Expect(page.Input("case-disease")).ToHaveValueAsync("Sốt xuất huyết Dengue");

        await page.Input("case-name").FillAsync("Vi Thị Muỗi");
        await page.TestId("case-sex").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Nữ" }).First.ClickAsync();
        await page.Input("case-birth-year").FillSettledAsync("2014"); // the sex list closing re-renders the form: a plain fill can be lost
        await page.TestId("case-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/giam-sat$"));

        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<CaseReport>().AsNoTracking().SingleAsync(c => c.NonResidentName == "Vi Thị Muỗi");
        Assert.Equal(("dengue", App.Data.StationA), (saved.DiseaseCode, saved.OrgUnitId));
    }

    [Fact]
    public async Task The_village_address_and_coordinates_typed_with_a_decimal_comma_are_saved_and_a_latitude_outside_Vietnam_is_flagged_on_the_field()
    {
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.UserA, TestData.Password);
        await page.GotoAsync("/giam-sat/ca-moi");
        await page.Input("case-disease").FillSettledAsync("sot xuat");
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await Expect(options.First).ToHaveTextAsync("Sốt xuất huyết Dengue");
        await options.First.ClickAsync();
        await Expect(page.Input("case-disease")).ToHaveValueAsync("Sốt xuất huyết Dengue");
        await page.Input("case-name").FillAsync("Lò Văn Lăng Quăng");
        await page.TestId("case-sex").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Nam" }).First.ClickAsync();
        await page.Input("case-birth-year").FillAsync("1988");
        await page.TestId("case-village").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Thôn Tây" }).First.ClickAsync();
        await Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await page.Input("case-address").FillAsync("Số 7, ngõ Chợ, xóm Trại");

        // The decimal mark one place off (2,10285° N) is outside Vietnam's 8–24° N: the field says so before saving.
        await page.Input("case-latitude").FillAsync("2,10285");
        await Expect(page.TestId("latitude-hint")).ToBeVisibleAsync();
        await page.Input("case-latitude").FillAsync("21,0285");
        await Expect(page.TestId("latitude-hint")).ToHaveCountAsync(0);
        await page.Input("case-longitude").FillAsync("105,8542");
        await page.TestId("case-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/giam-sat$"));

        await using var sp = TestData.Services(App.ConnectionString);
        await using var scope = sp.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var saved = await db.Set<CaseReport>().AsNoTracking().SingleAsync(c => c.NonResidentName == "Lò Văn Lăng Quăng");
        var village = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == saved.VillageId);
        Assert.Equal(("Thôn Tây", "Số 7, ngõ Chợ, xóm Trại", 21.0285, 105.8542), (village.Name, saved.Address, saved.Latitude, saved.Longitude));
    }
}
