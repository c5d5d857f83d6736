using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Identity;

/// <summary>
/// Creates and changes user accounts; shared by the CLI, the web app and the demo seed. Every change of an account's
/// access (password, role, units, deactivation) rotates its security stamp and ends its open sessions, so a cookie
/// issued before stops working at its next check (at most a minute later, docs/security.md).
/// </summary>
public sealed class UserAdministration(CoSoDbContext db, TimeProvider time)
{
    public const int MinPasswordLength = PasswordPolicy.MinLength;

    /// <summary>Creates the account and its unit links; throws <see cref="DomainValidationException"/> on a bad request.</summary>
    public Task<UserAccount> CreateAsync(NewUser request, CancellationToken ct = default) => CreateAsync(request, enforcePasswordPolicy: true, ct);

    /// <summary>
    /// <paramref name="enforcePasswordPolicy"/> = false only for the demo seed, whose accounts have the published demo
    /// password by design (it runs only with the demo switch).
    /// </summary>
    public async Task<UserAccount> CreateAsync(NewUser request, bool enforcePasswordPolicy, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageUsers);
        var errors = new ValidationErrors();
        var userName = request.UserName.Trim();
        if (userName.Length == 0)
        {
            errors.Add("user", "required");
        }
        else if (await db.Users.AnyAsync(u => u.UserName == userName, ct))
        {
            errors.Add("user", "user.exists", userName);
        }

        if (enforcePasswordPolicy)
        {
            PasswordPolicy.Check(errors, "password", request.Password, userName);
        }
        else if (request.Password.Length == 0)
        {
            errors.Add("password", "required");
        }

        var codes = request.UnitCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            errors.Add("unit", "required");
        }

        var units = await db.OrgUnits.Where(u => codes.Contains(u.Code)).Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        foreach (var missing in codes.Except(units.Select(u => u.Code), StringComparer.Ordinal))
        {
            errors.Add("unit", "orgUnit.unknown", missing);
        }

        errors.ThrowIfInvalid();

        var id = Guid.CreateVersion7();
        var user = new UserAccount
        {
            Id = id,
            UserName = userName,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? userName : TextFolding.Nfc(request.DisplayName),
            PasswordHash = PasswordHasher.Hash(request.Password),
            Role = request.Role,
            CreatedAt = time.GetUtcNow(),
            Units = units.Select(u => new UserOrgUnit { UserId = id, OrgUnitId = u.Id }).ToList(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <summary>Deactivates the account: it can no longer sign in and its sessions end.</summary>
    public async Task<UserAccount> DeactivateAsync(string userName, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageUsers);
        var user = await FindAsync(userName, ct);
        user.IsActive = false;
        await RevokeAsync(user, "deactivated", ct);
        return user;
    }

    /// <summary>Sets a new password (the policy applies), clears a lock and ends every session.</summary>
    public async Task<UserAccount> ResetPasswordAsync(string userName, string password, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageUsers);
        var user = await FindAsync(userName, ct);
        var errors = new ValidationErrors();
        PasswordPolicy.Check(errors, "password", password, user.UserName);
        errors.ThrowIfInvalid();
        user.PasswordHash = PasswordHasher.Hash(password);
        (user.FailedSignIns, user.LockedUntil) = (0, null);
        await RevokeAsync(user, "password", ct);
        return user;
    }

    /// <summary>Changes the role (and, when given, replaces the units); every session ends.</summary>
    public async Task<UserAccount> SetRoleAsync(string userName, Role role, IReadOnlyList<string>? unitCodes, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageUsers);
        var user = await db.Users.Include(u => u.Units).SingleOrDefaultAsync(u => u.UserName == userName.Trim(), ct)
            ?? throw new DomainValidationException("user", "user.unknown", userName);
        if (!Enum.IsDefined(role))
        {
            throw new DomainValidationException("role", "role.unknown", role);
        }

        user.Role = role;
        if (unitCodes is { Count: > 0 })
        {
            var codes = unitCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            var units = await db.OrgUnits.Where(u => codes.Contains(u.Code)).Select(u => new { u.Id, u.Code }).ToListAsync(ct);
            var errors = new ValidationErrors();
            foreach (var missing in codes.Except(units.Select(u => u.Code), StringComparer.Ordinal))
            {
                errors.Add("unit", "orgUnit.unknown", missing);
            }

            errors.ThrowIfInvalid();
            user.Units.Clear();
            user.Units.AddRange(units.Select(u => new UserOrgUnit { UserId = user.Id, OrgUnitId = u.Id }));
        }

        await RevokeAsync(user, "role", ct);
        return user;
    }

    /// <summary>Enrols (or replaces) the user's TOTP second factor; returns the secret. Every session ends.</summary>
    public async Task<string> EnrolTotpAsync(string userName, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageUsers);
        var user = await FindAsync(userName, ct);
        user.TotpSecret = Totp.NewSecret();
        await RevokeAsync(user, "totp", ct);
        return user.TotpSecret;
    }

    private async Task<UserAccount> FindAsync(string userName, CancellationToken ct) =>
        await db.Users.SingleOrDefaultAsync(u => u.UserName == userName.Trim(), ct)
        ?? throw new DomainValidationException("user", "user.unknown", userName);

    /// <summary>Rotates the stamp and ends the open sessions, in one transaction with the change itself.</summary>
    private async Task RevokeAsync(UserAccount user, string reason, CancellationToken ct)
    {
        user.SecurityStamp = UserAccount.NewStamp();
        var now = time.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await db.UserSessions.Where(s => s.UserId == user.Id && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), ct);
        await tx.CommitAsync(ct);
    }
}
