namespace CoSo.Core.Workforce;

/// <summary>
/// Who was at a unit on a date, counted as the staffing norms count them. <see cref="PermanentDoctors"/> and
/// <see cref="ContractDoctors"/> count the unit's own doctors by employment type, part time included;
/// <see cref="FullTimePermanentDoctors"/>, <see cref="FullTimeContractDoctors"/> and <see cref="PartTimeDoctors"/> split
/// the same doctors by working time (T5 counts the full-time ones).
/// </summary>
public sealed record UnitStaffing(
    Guid UnitId,
    int PermanentDoctors,
    int ContractDoctors,
    int SecondedDoctors,
    int MaternalCare,
    int Total,
    IReadOnlyList<Guid> StaffIds,
    int FullTimePermanentDoctors = 0,
    int FullTimeContractDoctors = 0,
    int PartTimeDoctors = 0)
{
    public static UnitStaffing Empty(Guid unitId) => new(unitId, 0, 0, 0, 0, 0, []);

    /// <summary>A doctor of the unit's own (not rotating, seconded or employed as seconded) working there full time, permanent or contract.</summary>
    public int FullTimeDoctors => FullTimePermanentDoctors + FullTimeContractDoctors;

    public bool HasDoctor => PermanentDoctors + ContractDoctors + SecondedDoctors > 0;

    public bool HasOwnDoctor => PermanentDoctors + ContractDoctors > 0;

    public bool HasMaternalCare => MaternalCare > 0;
}
