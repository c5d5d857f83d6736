using CoSo.Core.Organisation;
using CoSo.Data;

namespace CoSo.IntegrationTests.Workforce;

/// <summary>Two districts: D1 with stations S1 (village V1) and S2; D2 with station S3.</summary>
public sealed class DistrictOrg
{
    public List<OrgUnit> All { get; } = [];

    public OrgUnit D1 { get; private set; } = null!;

    public OrgUnit D2 { get; private set; } = null!;

    public OrgUnit S1 { get; private set; } = null!;

    public OrgUnit S2 { get; private set; } = null!;

    public OrgUnit S3 { get; private set; } = null!;

    public OrgUnit V1 { get; private set; } = null!;

    public static async Task<DistrictOrg> SeedAsync(CoSoDbContext db)
    {
        var o = new DistrictOrg();
        var nation = o.Unit(db, "VN", OrgUnitKind.Nation, null);
        var dept = o.Unit(db, "SYT", OrgUnitKind.ProvincialHealthDepartment, nation);
        o.D1 = o.Unit(db, "D1", OrgUnitKind.RegionalHealthCentre, dept);
        o.D2 = o.Unit(db, "D2", OrgUnitKind.RegionalHealthCentre, dept);
        o.S1 = o.Unit(db, "S1", OrgUnitKind.CommuneHealthStation, o.D1);
        o.S2 = o.Unit(db, "S2", OrgUnitKind.CommuneHealthStation, o.D1);
        o.S3 = o.Unit(db, "S3", OrgUnitKind.CommuneHealthStation, o.D2);
        o.V1 = o.Unit(db, "V1", OrgUnitKind.Village, o.S1);
        await db.SaveChangesAsync();
        return o;
    }

    public Core.Identity.AccessScope ScopeOf(OrgUnit unit) => Core.Identity.AccessScope.FromUnits([unit], All);

    private OrgUnit Unit(CoSoDbContext db, string code, OrgUnitKind kind, OrgUnit? parent)
    {
        var id = Guid.CreateVersion7();
        var u = new OrgUnit
        {
            Id = id, Code = "WF-" + code + "-" + id.ToString("N")[..8], Name = "Đơn vị " + code, Kind = kind, ParentId = parent?.Id,
            Path = (parent?.Path ?? "/") + id + "/", Depth = (parent?.Depth ?? -1) + 1, ProvinceCode = "38",
        };
        db.OrgUnits.Add(u);
        All.Add(u);
        return u;
    }
}
