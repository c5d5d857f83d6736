namespace CoSo.Core.Organisation;

/// <summary>
/// Kinds of unit in the organisation tree. The tree's depth and shape are data (parent links), not code:
/// since 07/2025 a province's stations may sit directly under the provincial department or under a regional centre.
/// </summary>
public enum OrgUnitKind
{
    Nation = 1,
    ProvincialHealthDepartment = 2,
    RegionalHealthCentre = 3,
    CommuneHealthStation = 4,
    VillageHealthPost = 5,
    Village = 6,
    SchoolHealth = 7,
    WorkplaceHealth = 8,
    PrivateClinic = 9,
}
