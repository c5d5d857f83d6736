using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Data;
using Microsoft.EntityFrameworkCore;

namespace CoSo.IntegrationTests.Infrastructure;

/// <summary>A small province: two stations (A and B) with villages, and one user per role that tests need.</summary>
public sealed class TestOrg
{
    public const string Password = "Test@2026!";

    public OrgUnit Nation { get; private set; } = null!;

    public OrgUnit Department { get; private set; } = null!;

    public OrgUnit StationA { get; private set; } = null!;

    public OrgUnit StationB { get; private set; } = null!;

    public OrgUnit VillageA1 { get; private set; } = null!;

    public OrgUnit VillageA2 { get; private set; } = null!;

    public OrgUnit VillageB1 { get; private set; } = null!;

    public static async Task<TestOrg> SeedAsync(CoSoDbContext db)
    {
        var communes = await db.AdminUnits.Where(a => a.Edition == AdminEdition.Current2025 && a.Level == AdminLevel.Commune && a.ProvinceCode == "38")
            .OrderBy(a => a.Code).Take(2).ToListAsync();
        var org = new TestOrg();
        org.Nation = Unit(db, "VN", "Bộ Y tế", OrgUnitKind.Nation, null, "38", null);
        org.Department = Unit(db, "SYT-38", "Sở Y tế Thanh Hóa", OrgUnitKind.ProvincialHealthDepartment, org.Nation, "38", "38");
        org.StationA = Unit(db, "TYT-" + communes[0].Code, "Trạm Y tế " + communes[0].Name, OrgUnitKind.CommuneHealthStation, org.Department, "38", communes[0].Code);
        org.StationB = Unit(db, "TYT-" + communes[1].Code, "Trạm Y tế " + communes[1].Name, OrgUnitKind.CommuneHealthStation, org.Department, "38", communes[1].Code);
        // MA_CSKCB of the stations: test residents carry cards registered at A (38123).
        org.StationA.BhytFacilityCode = "38123";
        org.StationB.BhytFacilityCode = "38124";
        org.VillageA1 = Unit(db, org.StationA.Code + "-T1", "Thôn Đông", OrgUnitKind.Village, org.StationA, "38", communes[0].Code);
        org.VillageA2 = Unit(db, org.StationA.Code + "-T2", "Thôn Tây", OrgUnitKind.Village, org.StationA, "38", communes[0].Code);
        org.VillageB1 = Unit(db, org.StationB.Code + "-T1", "Thôn Bắc", OrgUnitKind.Village, org.StationB, "38", communes[1].Code);
        var hash = PasswordHasher.Hash(Password, 1_000);
        User(db, "a1", Role.StationClinician, org.StationA, hash);
        User(db, "b1", Role.StationClinician, org.StationB, hash);
        User(db, "vhw", Role.VillageHealthWorker, org.VillageA1, hash);
        User(db, "admin", Role.Administrator, org.Nation, hash);
        await db.SaveChangesAsync();
        return org;
    }

    private static OrgUnit Unit(CoSoDbContext db, string code, string name, OrgUnitKind kind, OrgUnit? parent, string province, string? admin)
    {
        var id = Guid.CreateVersion7();
        var unit = new OrgUnit
        {
            Id = id, Code = code, Name = name, Kind = kind, ParentId = parent?.Id,
            Path = (parent?.Path ?? "/") + id + "/", Depth = (parent?.Depth ?? -1) + 1, ProvinceCode = province, AdminUnitCode = admin,
        };
        db.OrgUnits.Add(unit);
        return unit;
    }

    private static void User(CoSoDbContext db, string name, Role role, OrgUnit unit, string hash)
    {
        var user = new UserAccount { Id = Guid.CreateVersion7(), UserName = name, DisplayName = name, PasswordHash = hash, Role = role, CreatedAt = DateTimeOffset.UtcNow };
        user.Units.Add(new UserOrgUnit { UserId = user.Id, OrgUnitId = unit.Id });
        db.Users.Add(user);
    }
}
