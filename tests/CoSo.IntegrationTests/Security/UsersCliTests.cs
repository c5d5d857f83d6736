using System.CommandLine;
using System.Globalization;
using CoSo.Cli.Commands;
using CoSo.Core.Identity;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.Security;

// `coso users deactivate|reset-password|set-role|totp-enrol` (docs/security.md) on a database of their own.
public sealed class UsersCliTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_account_commands_change_the_account_rotate_its_stamp_and_close_its_sessions(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_cli_users");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var a1 = await TestDatabase.WithDbAsync(cs, db => db.Users.SingleAsync(u => u.UserName == "a1"));
        await TestDatabase.WithDbAsync(cs, async db =>
        {
            db.UserSessions.Add(new UserSession { Id = Guid.CreateVersion7(), UserId = a1.Id, CreatedAt = DateTimeOffset.UtcNow, LastSeenAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });

        // A weak password is refused with exit code 2 and nothing changes.
        Assert.Equal(2, Run("users", "reset-password", "--user", "a1", "--password", "Password2026!", "--database", cs));
        Assert.Equal(a1.PasswordHash, await TestDatabase.WithDbAsync(cs, db => db.Users.Where(u => u.Id == a1.Id).Select(u => u.PasswordHash).SingleAsync()));

        Assert.Equal(0, Run("users", "reset-password", "--user", "a1", "--password", "mot cum tu rat dai de nho", "--database", cs));
        var after = await TestDatabase.WithDbAsync(cs, db => db.Users.SingleAsync(u => u.Id == a1.Id));
        Assert.True(PasswordHasher.Verify("mot cum tu rat dai de nho", after.PasswordHash));
        Assert.NotEqual(a1.SecurityStamp, after.SecurityStamp);
        var session = await TestDatabase.WithDbAsync(cs, db => db.UserSessions.SingleAsync(s => s.UserId == a1.Id));
        Assert.Equal("password", session.EndReason);

        Assert.Equal(0, Run("users", "set-role", "--user", "a1", "--role", "village-health-worker", "--unit", org.VillageA1.Code, "--database", cs));
        var demoted = await TestDatabase.WithDbAsync(cs, db => db.Users.Include(u => u.Units).SingleAsync(u => u.Id == a1.Id));
        Assert.Equal(Role.VillageHealthWorker, demoted.Role);
        Assert.Single(demoted.Units);
        Assert.NotEqual(after.SecurityStamp, demoted.SecurityStamp);

        Assert.Equal(0, Run("users", "totp-enrol", "--user", "a1", "--database", cs));
        Assert.NotNull(await TestDatabase.WithDbAsync(cs, db => db.Users.Where(u => u.Id == a1.Id).Select(u => u.TotpSecret).SingleAsync()));

        Assert.Equal(0, Run("users", "deactivate", "--user", "a1", "--database", cs));
        Assert.False(await TestDatabase.WithDbAsync(cs, db => db.Users.Where(u => u.Id == a1.Id).Select(u => u.IsActive).SingleAsync()));
        Assert.Equal(2, Run("users", "deactivate", "--user", "nobody", "--database", cs));
    }

    private static int Run(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        return CliApp.Build().Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
