using CoSo.Core.Common;
using CoSo.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Identity;

/// <summary>Creates user accounts; shared by the CLI, the web app's admin pages and the demo seed.</summary>
public sealed class UserAdministration(CoSoDbContext db, TimeProvider time)
{
    public const int MinPasswordLength = 8;

    /// <summary>Creates the account and its unit links; throws <see cref="DomainValidationException"/> on a bad request.</summary>
    public async Task<UserAccount> CreateAsync(NewUser request, CancellationToken ct = default)
    {
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

        if (request.Password.Length < MinPasswordLength)
        {
            errors.Add("password", "password.weak");
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
}
