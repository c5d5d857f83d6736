namespace CoSo.Core.Maternal;

/// <summary>
/// The blood-pressure rule of an antenatal contact: hypertension is a systolic of 140 mmHg or more or a diastolic of
/// 90 or more; from 20 weeks it is the pre-eclampsia warning, suspected pre-eclampsia with proteinuria of 2+ or more on
/// the dipstick (WHO PCPNC), severe at 160 systolic or 110 diastolic (WHO maternal near-miss criteria). Before 20 weeks
/// it is hypertension that preceded the pregnancy. Sources in docs/maternal.md.
/// </summary>
public static class PreEclampsiaRule
{
    public const int SystolicThreshold = 140;
    public const int DiastolicThreshold = 90;
    public const int SevereSystolic = 160;
    public const int SevereDiastolic = 110;

    /// <summary>20 weeks 0 days.</summary>
    public const int FromDays = 140;

    public static bool IsRaised(int? systolic, int? diastolic) => systolic >= SystolicThreshold || diastolic >= DiastolicThreshold;

    public static BloodPressureFinding Evaluate(GestationalAge? age, int? systolic, int? diastolic, Proteinuria proteinuria)
    {
        if (!IsRaised(systolic, diastolic))
        {
            return BloodPressureFinding.None;
        }

        if (age is not { } ga)
        {
            return BloodPressureFinding.RaisedUndated;
        }

        if (ga.Days < FromDays)
        {
            return BloodPressureFinding.HypertensionBefore20Weeks;
        }

        if (systolic >= SevereSystolic || diastolic >= SevereDiastolic)
        {
            return BloodPressureFinding.Severe;
        }

        return proteinuria >= Proteinuria.Plus2 ? BloodPressureFinding.SuspectedPreEclampsia : BloodPressureFinding.PreEclampsiaWarning;
    }
}
