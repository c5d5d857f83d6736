using System.Globalization;
using System.Security.Claims;
using CoSo.Core.Common;
using CoSo.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace CoSo.Web.Api;

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous();
        auth.MapPost("/login", async (SignInService signIn, HttpContext http, LoginRequest body) =>
        {
            var result = await signIn.SignInAsync(http, body.UserName, body.Password);
            if (result.Succeeded)
            {
                return Results.NoContent();
            }

            var title = result.LockedMinutes is { } m
                ? Messages.Get("auth.locked", CultureInfo.CurrentUICulture, m)
                : Messages.Get("auth.invalid", CultureInfo.CurrentUICulture);
            return Results.Problem(new ProblemDetails { Status = 401, Title = title });
        });
        auth.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        });
        auth.MapGet("/me", (ClaimsPrincipal user, HttpCurrentActor actor) => actor.IsAuthenticated
            ? Results.Ok(new { actor.UserId, actor.UserName, Role = actor.Role?.ToString(), DisplayName = user.FindFirstValue(ClaimTypes.GivenName), Units = actor.Scope.All ? null : actor.Scope.UnitIds })
            : Results.Unauthorized());
        return api;
    }
}
