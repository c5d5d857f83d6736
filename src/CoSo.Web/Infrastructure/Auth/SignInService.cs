using System.Security.Claims;
using CoSo.Core.Identity;
using CoSo.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Web.Infrastructure.Auth;

/// <summary>Password sign-in with lockout: 5 failures lock the account for 15 minutes.</summary>
public sealed class SignInService(CoSoDbContext db, TimeProvider time)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public async Task<SignInResult> SignInAsync(HttpContext http, string userName, string password)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName && u.IsActive);
        var now = time.GetUtcNow();
        if (user is null)
        {
            return SignInResult.Invalid;
        }

        if (user.LockedUntil is { } until && until > now)
        {
            return new SignInResult(false, (int)Math.Ceiling((until - now).TotalMinutes));
        }

        if (!PasswordHasher.Verify(password, user.PasswordHash))
        {
            user.FailedSignIns++;
            if (user.FailedSignIns >= MaxFailures)
            {
                user.LockedUntil = now + LockoutDuration;
                user.FailedSignIns = 0;
            }

            await db.SaveChangesAsync();
            return user.LockedUntil is { } l && l > now ? new SignInResult(false, (int)LockoutDuration.TotalMinutes) : SignInResult.Invalid;
        }

        user.FailedSignIns = 0;
        user.LockedUntil = null;
        await db.SaveChangesAsync();
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.GivenName, user.DisplayName),
            new(ClaimTypes.Role, user.Role.ToString()),
        };
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return SignInResult.Success;
    }
}
