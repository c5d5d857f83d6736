using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Common;
using CoSo.Data.People;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoSo.BrowserTests.Infrastructure;

/// <summary>Org tree (Nation → SYT → TYT-T1 with two villages, TYT-T2), two users and a few residents.</summary>
public sealed class TestData
{
    public const string Password = "Mat-khau-2026!";
    public const string UserA = "yta.t1";
    public const string UserB = "yta.t2";

    /// <summary>The village health worker of Thôn Đông (station T1): the village app's tests.</summary>
    public const string VillageWorker = "ytthon.t1";

    /// <summary>A second worker of Thôn Đông, whom a test deactivates.</summary>
    public const string VillageWorkerToDeactivate = "ytthon.t1b";

    /// <summary>MA_CSKCB of station A.</summary>
    public const string StationABhytCode = "01070";

    public Guid StationA { get; private set; }

    public Guid StationB { get; private set; }

    public Guid ResidentA { get; private set; }

    public static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<ICurrentActor>(new SystemActor("browser-tests"));
        services.AddCoSoData(DatabaseSettings.Parse(connectionString));
        return services.BuildServiceProvider();
    }

    public async Task SeedAsync(string connectionString)
    {
        await using var sp = Services(connectionString);
        await using var scope = sp.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var nation = Unit("VN", "Bộ Y tế", OrgUnitKind.Nation, null, null);
        var syt = Unit("SYT-01", "Sở Y tế Hà Nội", OrgUnitKind.ProvincialHealthDepartment, nation, "01");
        var t1 = Unit("TYT-T1", "Trạm Y tế Thử Một", OrgUnitKind.CommuneHealthStation, syt, "00070");
        t1.BhytFacilityCode = StationABhytCode;
        var v1 = Unit("T1-V1", "Thôn Đông", OrgUnitKind.Village, t1, "00070");
        var v2 = Unit("T1-V2", "Thôn Tây", OrgUnitKind.Village, t1, "00070");
        var t2 = Unit("TYT-T2", "Trạm Y tế Thử Hai", OrgUnitKind.CommuneHealthStation, syt, "00082");
        db.OrgUnits.AddRange(nation, syt, t1, v1, v2, t2);
        db.Users.AddRange(User(UserA, t1), User(UserB, t2), User(VillageWorker, v1, Role.VillageHealthWorker), User(VillageWorkerToDeactivate, v1, Role.VillageHealthWorker));
        await db.SaveChangesAsync();
        StationA = t1.Id;
        StationB = t2.Id;

        var people = scope.ServiceProvider.GetRequiredService<PeopleService>();
        var household = await scope.ServiceProvider.GetRequiredService<HouseholdService>().CreateAsync(new HouseholdInput("HGD-T1-001", "Số 5, Thôn Đông", t1.Id, v1.Id));
        var an = await people.RegisterAsync(new PersonInput
        {
            HouseholdId = household.Id, RelationshipToHead = HouseholdRelationship.Head,
            FullName = "Nguyễn Văn An", BirthDate = new DateOnly(1962, 3, 14), Sex = Sex.Male, OrgUnitId = t1.Id, VillageId = v1.Id,
            Phone = "0912345678", BhytNumber = "GD4010123456789", BhytValidFrom = new DateOnly(2026, 1, 1), BhytValidTo = new DateOnly(2026, 12, 31),
        });
        ResidentA = an.Id;
        await people.RegisterAsync(new PersonInput { FullName = "Trần Thị Bình", BirthYear = 1975, Sex = Sex.Female, OrgUnitId = t1.Id, VillageId = v2.Id });
        await people.RegisterAsync(new PersonInput { FullName = "Nguyễn Văn Bảo", BirthYear = 1980, Sex = Sex.Male, OrgUnitId = t2.Id });
    }

    private static OrgUnit Unit(string code, string name, OrgUnitKind kind, OrgUnit? parent, string? admin)
    {
        var id = Guid.CreateVersion7();
        return new OrgUnit
        {
            Id = id, Code = code, Name = name, Kind = kind, ParentId = parent?.Id,
            Path = (parent?.Path ?? "/") + id + "/", Depth = (parent?.Depth ?? -1) + 1, ProvinceCode = "01", AdminUnitCode = admin,
        };
    }

    private static UserAccount User(string name, OrgUnit unit, Role role = Role.StationClinician)
    {
        var id = Guid.CreateVersion7();
        return new UserAccount
        {
            Id = id, UserName = name, DisplayName = name, PasswordHash = PasswordHasher.Hash(Password), Role = role,
            CreatedAt = DateTimeOffset.UtcNow, Units = [new UserOrgUnit { UserId = id, OrgUnitId = unit.Id }],
        };
    }
}
