using CoSo.Core.Organisation;

namespace CoSo.Data.Demo;

/// <summary>The org units of a demo province, in creation order, with the handles the seeder needs.</summary>
internal sealed class DemoOrgTree
{
    public List<OrgUnit> NewUnits { get; } = [];

    public List<StationCatchment> Catchments { get; } = [];

    public OrgUnit Nation { get; set; } = null!;

    public OrgUnit Department { get; set; } = null!;

    public List<OrgUnit> Centres { get; } = [];

    public List<(OrgUnit Station, string CommuneName, List<OrgUnit> Villages)> Stations { get; } = [];

    public static OrgUnit Unit(Guid id, string code, string name, OrgUnitKind kind, OrgUnit? parent, string provinceCode, string? adminCode) => new()
    {
        Id = id,
        Code = code,
        Name = name,
        Kind = kind,
        ParentId = parent?.Id,
        Path = (parent?.Path ?? "/") + id.ToString() + "/",
        Depth = parent is null ? 0 : parent.Depth + 1,
        ProvinceCode = provinceCode,
        AdminUnitCode = adminCode,
    };
}
