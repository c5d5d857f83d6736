using CoSo.Core.Indicators;

namespace CoSo.Core.Workforce;

/// <summary>
/// T5's breakdown: for each kind of doctor, whether a station has at least one on the period's end date (1/1 or 0/1,
/// summed up the tree like the total). A province that reads "cơ hữu" as permanent tenure only uses
/// <see cref="FullTimePermanent"/>; T5 itself counts a full-time doctor of either contract.
/// </summary>
public static class StationDoctorKinds
{
    public const string Dimension = "doctor";
    public const string FullTimePermanent = "doctor:fullTimePermanent";
    public const string FullTimeContract = "doctor:fullTimeContract";
    public const string RotatingSeconded = "doctor:rotatingSeconded";
    public const string PartTime = "doctor:partTime";

    public static IReadOnlyList<BreakdownCategory> Categories { get; } =
    [
        new(FullTimePermanent, "Có bác sĩ biên chế làm việc toàn thời gian", "With a permanent doctor working full time"),
        new(FullTimeContract, "Có bác sĩ hợp đồng làm việc toàn thời gian", "With a contract doctor working full time"),
        new(RotatingSeconded, "Có bác sĩ luân phiên, điều động hoặc biệt phái", "With a rotating or seconded doctor"),
        new(PartTime, "Có bác sĩ của trạm làm bán thời gian", "With a part-time doctor of its own"),
    ];

    /// <summary>The categories a station's staffing meets.</summary>
    public static IEnumerable<string> Of(UnitStaffing? staffing)
    {
        if (staffing is null)
        {
            yield break;
        }

        if (staffing.FullTimePermanentDoctors > 0)
        {
            yield return FullTimePermanent;
        }

        if (staffing.FullTimeContractDoctors > 0)
        {
            yield return FullTimeContract;
        }

        if (staffing.SecondedDoctors > 0)
        {
            yield return RotatingSeconded;
        }

        if (staffing.PartTimeDoctors > 0)
        {
            yield return PartTime;
        }
    }
}
