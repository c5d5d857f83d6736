using Microsoft.Playwright;

namespace CoSo.BrowserTests.Infrastructure;

public static class PageExtensions
{
    public static ILocator TestId(this IPage page, string id) => page.Locator($"[data-testid='{id}']");

    /// <summary>The input inside a MudBlazor field that carries the test id on its root element.</summary>
    public static ILocator Input(this IPage page, string id) => page.Locator($"[data-testid='{id}'] input, input[data-testid='{id}']").First;

    /// <summary>
    /// A field (label, input, helper or error text) by its input's test id: a NumberField or DateField with the hint
    /// under it (.coso-field), else the MudBlazor input control.
    /// </summary>
    public static ILocator Field(this IPage page, string id) =>
        page.Locator(".coso-field, .mud-input-control").Filter(new() { Has = page.Locator($"[data-testid='{id}']") }).First;

    public static async Task SignInAsync(this IPage page, string user, string password)
    {
        await page.GotoAsync("/dang-nhap");
        await page.TestId("signin-user").FillAsync(user);
        await page.TestId("signin-password").FillAsync(password);
        await page.TestId("signin-submit").ClickAsync();
    }

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var dir = Path.Combine(RepoPaths.Root, "docs", "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = false });
    }
}
