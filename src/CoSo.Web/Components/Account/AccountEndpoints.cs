using CoSo.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;

namespace CoSo.Web.Components.Account;

/// <summary>Form posts for signing in and out, and the language switch (plain HTTP: they set cookies).</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app)
    {
        // Order -1: the sign-in page component also answers POST /dang-nhap; this endpoint must win.
        app.MapPost("/dang-nhap", SignInAsync).WithOrder(-1).DisableAntiforgery();
        app.MapPost("/dang-xuat", async (HttpContext http, SignInService signIn, SessionValidator sessions) =>
        {
            await signIn.SignOutAsync(http, sessions);
            return Results.LocalRedirect("/dang-nhap");
        }).DisableAntiforgery();
        app.MapGet("/ngon-ngu/{culture}", (HttpContext http, TimeProvider time, string culture, string? r) =>
        {
            var chosen = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "vi-VN";
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(IsLocal(r) ? r! : "/");
        });
    }

    private static async Task<IResult> SignInAsync(HttpContext http, SignInService signIn, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync();
        var result = await signIn.SignInAsync(http, form["userName"].ToString().Trim(), form["password"].ToString(), form["totpCode"].ToString());
        var returnUrl = form["returnUrl"].ToString();
        if (result.Succeeded)
        {
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
        }

        var query = result.Failure switch
        {
            SignInFailure.TotpRequired => "loi=2",
            SignInFailure.TotpNotEnrolled => "loi=3",
            _ => "loi=1",
        };
        // The user name comes back into the box (a typo in the password should not mean typing both again).
        var user = Uri.EscapeDataString(form["userName"].ToString().Trim());
        return Results.LocalRedirect($"/dang-nhap?{query}&u={user}&ReturnUrl={Uri.EscapeDataString(returnUrl)}");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
