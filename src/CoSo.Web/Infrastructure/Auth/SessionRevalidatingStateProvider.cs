using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace CoSo.Web.Infrastructure.Auth;

/// <summary>
/// A Blazor circuit outlives the HTTP request that opened it, so the cookie check alone would not end an open page:
/// the circuit's user is re-checked with <see cref="SessionValidator"/> at the same interval, and an ended session
/// turns the page anonymous (the router sends it to the sign-in page).
/// </summary>
public sealed class SessionRevalidatingStateProvider(ILoggerFactory loggers, SessionValidator sessions, IOptions<AuthOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval =>
        options.Value.SessionCheckInterval < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : options.Value.SessionCheckInterval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        sessions.ValidateAsync(authenticationState.User, cancellationToken);
}
