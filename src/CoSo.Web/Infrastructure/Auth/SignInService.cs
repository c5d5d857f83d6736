using System.Collections.Concurrent;
using System.Security.Claims;
using CoSo.Core.Audit;
using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoSo.Web.Infrastructure.Auth;

/// <summary>
/// Password sign-in (docs/security.md). Lockout is atomic: an attempt first reserves one of the
/// <see cref="MaxFailures"/> tries with a conditional UPDATE and only then computes the hash, so however many requests
/// run at once at most five passwords are checked before the account locks for <see cref="LockoutDuration"/>; the
/// right password is refused while the lock holds. Unknown users, locked accounts and wrong passwords get the same
/// message after the same work (a hash is always computed). A successful sign-in creates a session row whose id and the
/// account's security stamp go into the cookie.
/// </summary>
public sealed class SignInService(CoSoDbContext db, TimeProvider time, IOptions<AuthOptions> options, ILogger<SignInService> log)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
    public const string SessionClaim = "coso:sid";
    public const string StampClaim = "coso:stamp";

    // A hash of a random password with the current parameters: verifying against it costs what a real check costs.
    private static readonly Lazy<string> DummyHash = new(() => PasswordHasher.Hash(Guid.NewGuid().ToString("N")));

    // TOTP steps already used per user (a code works once); bounded by the accounts that use TOTP.
    private static readonly ConcurrentDictionary<Guid, long> UsedSteps = new();

    public async Task<SignInResult> SignInAsync(HttpContext http, string userName, string password, string? totpCode = null)
    {
        var now = time.GetUtcNow();
        var address = http.Connection.RemoteIpAddress?.ToString();
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName && u.IsActive)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.PasswordHash, u.Role, u.SecurityStamp, u.TotpSecret })
            .FirstOrDefaultAsync(http.RequestAborted);
        if (user is null)
        {
            PasswordHasher.Verify(password, DummyHash.Value);
            log.LogInformation("Sign-in refused: unknown or inactive account");
            return SignInResult.Invalid;
        }

        // An elapsed lock is lifted, then one try is reserved atomically (the WHERE is re-checked on the locked row).
        await db.Users.Where(u => u.Id == user.Id && u.LockedUntil != null && u.LockedUntil <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, 0).SetProperty(u => u.LockedUntil, (DateTimeOffset?)null), http.RequestAborted);
        DateTimeOffset? until = now + LockoutDuration;
        var reserved = await db.Users.Where(u => u.Id == user.Id && u.FailedSignIns < MaxFailures && u.LockedUntil == null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.FailedSignIns, u => u.FailedSignIns + 1)
                .SetProperty(u => u.LockedUntil, u => u.FailedSignIns + 1 >= MaxFailures ? until : null), http.RequestAborted);
        if (reserved == 0)
        {
            PasswordHasher.Verify(password, DummyHash.Value);
            await AuditAsync(user.Id, user.UserName, "sign-in-locked", address, now);
            log.LogWarning("Sign-in refused: account {UserId} is locked", user.Id);
            return SignInResult.Invalid;
        }

        if (!PasswordHasher.Verify(password, user.PasswordHash))
        {
            await AuditAsync(user.Id, user.UserName, "sign-in-failed", address, now);
            log.LogInformation("Sign-in failed for account {UserId}", user.Id);
            return SignInResult.Invalid;
        }

        // The password is right: the reserved try is given back (the account was not locked when it was reserved).
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, 0).SetProperty(u => u.LockedUntil, (DateTimeOffset?)null), http.RequestAborted);

        if (user.TotpSecret is null && options.Value.TotpRequiredRoles.Contains(user.Role))
        {
            return new SignInResult(false, SignInFailure.TotpNotEnrolled);
        }

        if (user.TotpSecret is { } secret)
        {
            if (!Totp.Verify(secret, totpCode, now, out var step)
                || (UsedSteps.TryGetValue(user.Id, out var last) && step <= last))
            {
                await AuditAsync(user.Id, user.UserName, "sign-in-totp-failed", address, now);
                return new SignInResult(false, SignInFailure.TotpRequired);
            }

            UsedSteps[user.Id] = step;
        }

        var session = new UserSession
        {
            Id = Guid.CreateVersion7(), UserId = user.Id, CreatedAt = now, LastSeenAt = now, RemoteAddress = address,
            UserAgent = Truncate(http.Request.Headers.UserAgent.ToString(), 200),
        };
        db.UserSessions.Add(session);
        db.AuditEntries.Add(Audit(user.Id, user.UserName, "sign-in", address, now, session.Id));
        await db.SaveChangesAsync(http.RequestAborted);

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.GivenName, user.DisplayName),
            new(ClaimTypes.Role, user.Role.ToString()),
            new(SessionClaim, session.Id.ToString()),
            new(StampClaim, user.SecurityStamp),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        log.LogInformation("Signed in: account {UserId}, session {SessionId}", user.Id, session.Id);
        return SignInResult.Success;
    }

    /// <summary>Ends the current session (its row is closed, so a copy of the cookie stops working too) and clears the cookie.</summary>
    public async Task SignOutAsync(HttpContext http, SessionValidator sessions)
    {
        if (Guid.TryParse(http.User.FindFirstValue(SessionClaim), out var sid))
        {
            await sessions.EndAsync(db, sid, null, "logout", http.RequestAborted);
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private async Task AuditAsync(Guid userId, string userName, string action, string? address, DateTimeOffset now)
    {
        db.AuditEntries.Add(Audit(userId, userName, action, address, now, null));
        await db.SaveChangesAsync();
    }

    private static AuditEntry Audit(Guid userId, string userName, string action, string? address, DateTimeOffset now, Guid? sessionId) => new()
    {
        Id = Guid.CreateVersion7(), At = now, UserId = userId, UserName = userName, Action = action,
        EntityType = sessionId is null ? "user_account" : "user_session", EntityId = sessionId ?? userId, RemoteAddress = address,
    };

    private static string? Truncate(string value, int max) => value.Length == 0 ? null : value.Length <= max ? value : value[..max];
}
