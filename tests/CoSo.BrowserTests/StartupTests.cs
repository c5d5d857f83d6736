using System.Text.RegularExpressions;
using CoSo.BrowserTests.Infrastructure;
using CoSo.Data.Demo;
using static Microsoft.Playwright.Assertions;

namespace CoSo.BrowserTests;

/// <summary>The app as the README starts it: Production, `--demo`, every asset served, every login printed.</summary>
[Collection(CoSoAppGroup.Name)]
public sealed class StartupTests(CoSoApp app) : BrowserTest(app)
{
    [Fact]
    public void The_console_prints_the_address_and_every_demo_login_with_its_role()
    {
        var output = App.ServerOutput;
        Assert.Contains("Hosting environment: Production", output, StringComparison.Ordinal);
        Assert.Contains("CoSo đang chạy tại / is running at: http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains(DemoOptions.DemoPassword, output, StringComparison.Ordinal);
        foreach (var login in DemoLogins.All)
        {
            Assert.Matches(new Regex($@"^\s+{login.UserName}\s+{Regex.Escape(login.RoleVi)} / {Regex.Escape(login.RoleEn)}$", RegexOptions.Multiline), output);
        }
    }

    [Fact]
    public async Task A_demo_clinician_signs_in_and_the_styled_interactive_home_answers_every_asset()
    {
        var page = await NewPageAsync();
        var statuses = new List<(string Url, int Status)>();
        page.Response += (_, r) => statuses.Add((r.Url, r.Status));
        await page.GotoAsync("/dang-nhap");
        // MudBlazor's stylesheet is applied: the sign-in button is a styled MudBlazor button, not a bare one.
        await Expect(page.TestId("signin-submit")).ToHaveCSSAsync("background-color", "rgb(89, 74, 226)");
        await Expect(page.TestId("signin-user")).ToHaveCSSAsync("border-top-style", "solid");
        await page.SignInAsync("bacsi", DemoOptions.DemoPassword);
        await Expect(page.TestId("station-name")).ToContainTextAsync("Trạm Y tế");
        foreach (var asset in new[] { "_framework/blazor.web.js", "_content/MudBlazor/MudBlazor.min.css", "_content/MudBlazor/MudBlazor.min.js", "app.css", "favicon.png" })
        {
            Assert.Contains(statuses, s => s.Url.EndsWith(asset, StringComparison.Ordinal) && s.Status is 200 or 304);
        }
    }
}
