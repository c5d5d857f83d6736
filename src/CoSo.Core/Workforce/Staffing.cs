namespace CoSo.Core.Workforce;

/// <summary>
/// Staffing of every unit on a date. Rules (docs/workforce.md):
/// <list type="bullet">
/// <item>A posting counts on a date when Start ≤ date ≤ End (both inclusive; End null = open).</item>
/// <item>While a worker's rotation or secondment is active, they count only at the receiving unit, not at their home unit.</item>
/// <item>A doctor counts as seconded when present through a rotation or secondment, or employed as seconded (biệt phái);
/// otherwise as permanent (cơ hữu) or contract by employment type. A transfer (luân chuyển) is a posting of its own.</item>
/// <item>An own doctor (permanent or contract) is full time unless the posting is marked part time.</item>
/// <item>A worker with two concurrent regular postings counts at both units, once per unit.</item>
/// </list>
/// </summary>
public static class Staffing
{
    public static IReadOnlyDictionary<Guid, UnitStaffing> StaffingOnDate(IEnumerable<StaffingPosting> postings, DateOnly date)
    {
        var active = postings.Where(p => p.ActiveOn(date)).ToList();
        var away = active.Where(p => p.IsTemporary).Select(p => p.StaffId).ToHashSet();
        var present = active.Where(p => p.IsTemporary || !away.Contains(p.StaffId));
        var result = new Dictionary<Guid, UnitStaffing>();
        foreach (var unit in present.GroupBy(p => p.UnitId))
        {
            // A worker counts once per unit: a temporary posting first, then a full-time one.
            var perStaff = unit.GroupBy(p => p.StaffId).Select(g => g.OrderByDescending(p => p.IsTemporary).ThenBy(p => p.PartTime).First()).ToList();
            var doctors = perStaff.Where(p => CadreRules.IsDoctor(p.Cadre)).ToList();
            var seconded = doctors.Count(p => p.IsTemporary || p.Employment == EmploymentType.Seconded);
            var permanent = doctors.Count(p => !p.IsTemporary && p.Employment == EmploymentType.Permanent);
            var contract = doctors.Count(p => !p.IsTemporary && p.Employment == EmploymentType.Contract);
            var own = doctors.Where(p => !p.IsTemporary && p.Employment != EmploymentType.Seconded).ToList();
            result[unit.Key] = new UnitStaffing(unit.Key, permanent, contract, seconded, perStaff.Count(p => CadreRules.IsMaternalCare(p.Cadre)), perStaff.Count, perStaff.Select(p => p.StaffId).ToList(),
                FullTimePermanentDoctors: own.Count(p => !p.PartTime && p.Employment == EmploymentType.Permanent),
                FullTimeContractDoctors: own.Count(p => !p.PartTime && p.Employment == EmploymentType.Contract),
                PartTimeDoctors: own.Count(p => p.PartTime));
        }

        return result;
    }
}
