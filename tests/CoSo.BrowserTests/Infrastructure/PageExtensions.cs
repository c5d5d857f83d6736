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

    /// <summary>
    /// Fills a field and waits until the server's re-render has settled with that value. Under CI load a re-render of
    /// another field (an Immediate text field, an autocomplete) can take the focus back while Playwright types, so the
    /// text lands in the wrong field or is replaced; the fill is repeated (at most three times) until the field holds it.
    /// </summary>
    public static async Task FillSettledAsync(this ILocator input, string text)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await input.FillAsync(text);
            await Task.Delay(400);
            if (await input.InputValueAsync() == text)
            {
                return;
            }
        }

        await Assertions.Expect(input).ToHaveValueAsync(text);
    }

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
