using System.Globalization;
using System.Security.Claims;
using CoSo.Core.Common;
using CoSo.Data;
using CoSo.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;

namespace CoSo.Web.Api;

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous();
        auth.MapPost("/login", async (SignInService signIn, HttpContext http, LoginRequest body) =>
        {
            var result = await signIn.SignInAsync(http, body.UserName ?? string.Empty, body.Password ?? string.Empty, body.TotpCode);
            return result.Succeeded ? Results.NoContent() : Results.Problem(new ProblemDetails
            {
                Status = 401, Title = Messages.Get(FailureMessage(result.Failure), CultureInfo.CurrentUICulture, SignInService.MaxFailures, (int)SignInService.LockoutDuration.TotalMinutes),
                Extensions = { ["code"] = FailureMessage(result.Failure) },
            });
        });
        auth.MapPost("/logout", async (HttpContext http, SignInService signIn, SessionValidator sessions) =>
        {
            await signIn.SignOutAsync(http, sessions);
            return Results.NoContent();
        });
        auth.MapGet("/me", (ClaimsPrincipal user, HttpCurrentActor actor) => actor.IsAuthenticated
            ? Results.Ok(new { actor.UserId, actor.UserName, Role = actor.Role?.ToString(), DisplayName = user.FindFirstValue(ClaimTypes.GivenName), Units = actor.Scope.All ? null : actor.Scope.UnitIds })
            : Results.Unauthorized());

        // The signed-in user's own sessions: see where the account is signed in and end any of them.
        var sessions = auth.MapGroup("/sessions").RequireAuthorization();
        sessions.MapGet("", async (ClaimsPrincipal user, CoSoDbContext db) =>
        {
            return Results.Ok(await SessionValidator.ListAsync(db, user));
        });
        sessions.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, CoSoDbContext db, SessionValidator validator) =>
        {
            var userId = Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);
            return await validator.EndAsync(db, id, userId, "ended-by-user")
                ? Results.NoContent()
                : Results.Problem(new ProblemDetails { Status = 404, Title = Messages.Get("session.unknown", CultureInfo.CurrentUICulture) });
        });
        return api;
    }

    public static string FailureMessage(SignInFailure? failure) => failure switch
    {
        SignInFailure.TotpRequired => "auth.totp",
        SignInFailure.TotpNotEnrolled => "auth.totpNotEnrolled",
        _ => "auth.invalid",
    };
}
