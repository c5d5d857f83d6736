using System.Security.Claims;
using CoSo.Data;

namespace CoSo.Web.Infrastructure.Auth;

/// <summary>Fills the request's actor (identity, address, scope) right after authentication.</summary>
public sealed class ActorScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, HttpCurrentActor actor, CoSoDbContext db, ScopeCache scopes)
    {
        var address = context.Connection.RemoteIpAddress?.ToString();
        if (context.User.FindFirstValue(Fhir.Smart.SmartAuthentication.ClientClaim) is { } clientId)
        {
            // A system client's bearer token: the client must still be registered and not revoked (checked on every
            // request, so a revocation takes effect at once); otherwise the request is anonymous (401).
            var client = await context.RequestServices.GetRequiredService<CoSo.Data.Identity.SystemClients>().FindAsync(clientId, context.RequestAborted);
            if (client is null || client.RevokedAt is not null)
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else
            {
                actor.InitializeClient(client, OpenIddict.Abstractions.OpenIddictExtensions.GetScopes(context.User), address, await scopes.GetForUnitAsync(db, client.OrgUnitId, context.RequestAborted));
            }
        }
        else if (context.User.Identity?.IsAuthenticated == true && Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            actor.Initialize(context.User, address, await scopes.GetAsync(db, userId, context.RequestAborted));
        }

        await next(context);
    }
}
