using System.Security.Claims;
using CoSo.Data;
using CoSo.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Components.Authorization;

namespace CoSo.Web.Components.Shared;

/// <summary>
/// A circuit outlives its first HTTP request, so the actor the middleware filled is gone: each component scope
/// fills its own actor from the circuit's authentication state before it touches person data, with the client's
/// address (<see cref="CircuitClient"/>) so that the UI's audit rows carry it.
/// </summary>
public sealed class CircuitActorInitializer(AuthenticationStateProvider authState, ScopeCache scopes, CircuitClient client)
{
    public async Task<bool> EnsureAsync(IServiceProvider scoped, CancellationToken ct = default)
    {
        var actor = scoped.GetRequiredService<HttpCurrentActor>();
        if (!actor.IsAuthenticated)
        {
            var user = (await authState.GetAuthenticationStateAsync()).User;
            if (Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
            {
                actor.Initialize(user, client.RemoteAddress, await scopes.GetAsync(scoped.GetRequiredService<CoSoDbContext>(), userId, ct));
            }
        }

        return actor.IsAuthenticated;
    }
}
