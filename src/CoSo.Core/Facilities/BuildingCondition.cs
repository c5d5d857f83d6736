namespace CoSo.Core.Facilities;

/// <summary>State of a station's building: solid (kiên cố), semi-solid (bán kiên cố), degraded (xuống cấp), none of its own.</summary>
public enum BuildingCondition
{
    Solid = 1,
    SemiSolid = 2,
    Degraded = 3,
    NoBuilding = 4,
}
