namespace CoSo.Core.Organisation;

/// <summary>A unit of the health network (or a village of a station's catchment), linked to its parent.</summary>
public sealed class OrgUnit
{
    public Guid Id { get; set; }

    /// <summary>Stable code, e.g. "TYT-00070" for the station of commune 00070.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public OrgUnitKind Kind { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Materialised path of ids ("/id1/id2/"), for descendant queries at any depth.</summary>
    public string Path { get; set; } = string.Empty;

    public int Depth { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The administrative unit (current edition) the unit sits in: a province or commune code.</summary>
    public string? AdminUnitCode { get; set; }

    /// <summary>BHYT facility code (mã cơ sở KCB), where the unit is a BHYT facility.</summary>
    public string? BhytFacilityCode { get; set; }

    /// <summary>MA_TTDV of the BHYT claims: the 10-digit BHXH number of the head of the facility (or delegate).</summary>
    public string? BhytHeadNumber { get; set; }

    public int? Population { get; set; }

    public bool IsActive { get; set; } = true;
}
