namespace CoSo.Core.Workforce;

/// <summary>Who was at a unit on a date, counted as the staffing norms count them.</summary>
public sealed record UnitStaffing(
    Guid UnitId,
    int PermanentDoctors,
    int ContractDoctors,
    int SecondedDoctors,
    int MaternalCare,
    int Total,
    IReadOnlyList<Guid> StaffIds)
{
    public bool HasDoctor => PermanentDoctors + ContractDoctors + SecondedDoctors > 0;

    public bool HasOwnDoctor => PermanentDoctors + ContractDoctors > 0;

    public bool HasMaternalCare => MaternalCare > 0;
}
