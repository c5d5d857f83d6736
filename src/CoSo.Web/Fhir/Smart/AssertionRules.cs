using System.Globalization;
using System.Security.Claims;
using CoSo.Data;
using CoSo.Data.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoSo.Web.Fhir.Smart;

/// <summary>
/// What SMART Backend Services asks of a client assertion beyond OpenIddict's checks (signature against the client's
/// JWKS, iss = sub = client_id, audience the token endpoint): <c>exp</c> at most five minutes ahead and not passed,
/// a <c>jti</c>, used once. Spent jti are stored (<see cref="ClientAssertionUse"/>) until the assertion expires, so a
/// replay is refused on whichever node it reaches.
/// </summary>
public sealed class AssertionRules(CoSoDbContext db, TimeProvider time, ILogger<AssertionRules> log) : IOpenIddictServerHandler<OpenIddictServerEvents.ProcessAuthenticationContext>
{
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);

    public async ValueTask HandleAsync(OpenIddictServerEvents.ProcessAuthenticationContext context)
    {
        if (context.ClientAssertionPrincipal is not { } assertion)
        {
            return;
        }

        var now = time.GetUtcNow();
        var clientId = assertion.GetClaim(Claims.Subject) ?? string.Empty;
        var jti = assertion.GetClaim(Claims.JwtId);
        if (!long.TryParse(assertion.GetClaim(Claims.ExpiresAt), NumberStyles.Integer, CultureInfo.InvariantCulture, out var expSeconds))
        {
            context.Reject(Errors.InvalidClient, "The client assertion has no exp.");
            return;
        }

        var exp = DateTimeOffset.FromUnixTimeSeconds(expSeconds);
        if (exp < now - Skew)
        {
            log.LogInformation("Client assertion of {ClientId} refused: expired", clientId);
            context.Reject(Errors.InvalidClient, "The client assertion has expired.");
            return;
        }

        if (exp > now + SmartAuthentication.TokenLifetime + Skew)
        {
            log.LogInformation("Client assertion of {ClientId} refused: exp more than five minutes ahead", clientId);
            context.Reject(Errors.InvalidClient, "The client assertion's exp must be at most five minutes in the future.");
            return;
        }

        if (string.IsNullOrEmpty(jti) || jti.Length > 200)
        {
            context.Reject(Errors.InvalidClient, "The client assertion needs a jti (at most 200 characters).");
            return;
        }

        await db.ClientAssertionUses.Where(u => u.ExpiresAt < now - Skew).ExecuteDeleteAsync(context.CancellationToken);
        if (await db.ClientAssertionUses.AnyAsync(u => u.ClientId == clientId && u.Jti == jti, context.CancellationToken) || !await TryStoreAsync(clientId, jti, exp, context.CancellationToken))
        {
            log.LogWarning("Client assertion of {ClientId} refused: jti already used", clientId);
            context.Reject(Errors.InvalidClient, "The client assertion was already used (jti).");
        }
    }

    // Two nodes receiving the same assertion at once: the primary key lets one insert win.
    private async Task<bool> TryStoreAsync(string clientId, string jti, DateTimeOffset exp, CancellationToken ct)
    {
        db.ClientAssertionUses.Add(new ClientAssertionUse { ClientId = clientId, Jti = jti, ExpiresAt = exp });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
