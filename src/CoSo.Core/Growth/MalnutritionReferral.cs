namespace CoSo.Core.Growth;

/// <summary>
/// Severe acute malnutrition, the criterion for referral (WHO 2013 guideline "Updates on the management of severe
/// acute malnutrition in infants and children" and the joint WHO/UNICEF statement of 2009): WHZ &lt; −3, or bilateral
/// pitting oedema, or from 6 months a mid-upper arm circumference under 115 mm.
/// </summary>
public static class MalnutritionReferral
{
    /// <summary>MUAC below this (mm) is severe acute malnutrition from 6 months.</summary>
    public const int SevereMuacMm = 115;

    /// <summary>MUAC is read from 6 months: day 183 (6 × 30.4375 days, rounded up).</summary>
    public const int MuacFromDay = 183;

    public static bool IsSevereAcute(GrowthAssessment assessment, bool oedema, decimal? muacMm)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Flags.HasFlag(GrowthIssues.AgeOutOfRange))
        {
            return false;
        }

        return oedema
            || assessment.WeightForLength == WeightForLengthClass.SevereWasting
            || (muacMm is { } muac && assessment.AgeDays >= MuacFromDay && muac < SevereMuacMm);
    }
}
