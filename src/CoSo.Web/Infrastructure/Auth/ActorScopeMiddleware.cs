using System.Security.Claims;
using CoSo.Data;

namespace CoSo.Web.Infrastructure.Auth;

/// <summary>Fills the request's actor (identity, address, scope) right after authentication.</summary>
public sealed class ActorScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, HttpCurrentActor actor, CoSoDbContext db, ScopeCache scopes)
    {
        var address = context.Connection.RemoteIpAddress?.ToString();
        if (context.User.Identity?.IsAuthenticated == true && Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            actor.Initialize(context.User, address, await scopes.GetAsync(db, userId, context.RequestAborted));
        }

        await next(context);
    }
}
