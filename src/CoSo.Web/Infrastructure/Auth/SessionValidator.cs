using System.Security.Claims;
using CoSo.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoSo.Web.Infrastructure.Auth;

/// <summary>
/// Checks a session cookie against the database at least once per <see cref="AuthOptions.SessionCheckSeconds"/>: the
/// session row is open, the account active, its security stamp and role those of the cookie. Used by the cookie
/// handler on every HTTP request and by the Blazor circuit's revalidation, so logout, deactivation and a password,
/// role or unit change end every session within the interval (docs/security.md). A check also records when the
/// session was last seen (the sessions page).
/// </summary>
public sealed class SessionValidator(IMemoryCache cache, IServiceScopeFactory scopes, TimeProvider time, IOptions<AuthOptions> options)
{
    public async Task<bool> ValidateAsync(ClaimsPrincipal? principal, CancellationToken ct = default)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || !Guid.TryParse(principal.FindFirstValue(SignInService.SessionClaim), out var sid)
            || principal.FindFirstValue(SignInService.StampClaim) is not { Length: > 0 } stamp)
        {
            return false;
        }

        var interval = options.Value.SessionCheckInterval;
        if (interval > TimeSpan.Zero && cache.TryGetValue(Key(sid), out _))
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new
            {
                u.IsActive, u.SecurityStamp, u.Role,
                Open = db.UserSessions.Any(s => s.Id == sid && s.UserId == userId && s.EndedAt == null),
            })
            .FirstOrDefaultAsync(ct);
        var valid = row is { IsActive: true, Open: true } && row.SecurityStamp == stamp && row.Role.ToString() == principal.FindFirstValue(ClaimTypes.Role);
        if (!valid)
        {
            return false;
        }

        var now = time.GetUtcNow();
        await db.UserSessions.Where(s => s.Id == sid).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now), ct);
        if (interval > TimeSpan.Zero)
        {
            cache.Set(Key(sid), true, interval);
        }

        return true;
    }

    /// <summary>Ends one session (of <paramref name="userId"/> when given); false when no such open session exists.</summary>
    public async Task<bool> EndAsync(CoSoDbContext db, Guid sessionId, Guid? userId, string reason, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var ended = await db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null && (userId == null || s.UserId == userId))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), ct);
        cache.Remove(Key(sessionId));
        return ended > 0;
    }

    /// <summary>The open sessions of the signed-in user, most recently active first.</summary>
    public static async Task<IReadOnlyList<SessionDto>> ListAsync(CoSoDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return [];
        }

        var current = user.FindFirstValue(SignInService.SessionClaim);
        var rows = await db.UserSessions.AsNoTracking().Where(s => s.UserId == userId && s.EndedAt == null).ToListAsync(ct);
        return rows.OrderByDescending(s => s.LastSeenAt)
            .Select(s => new SessionDto(s.Id, s.CreatedAt, s.LastSeenAt, s.RemoteAddress, s.UserAgent, s.Id.ToString() == current)).ToList();
    }

    private static (string, Guid) Key(Guid sid) => ("session", sid);
}

/// <summary>One open session of the signed-in user; <c>Current</c> is the one making the request.</summary>
public sealed record SessionDto(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? RemoteAddress, string? UserAgent, bool Current);
