namespace CoSo.Core.Immunization;

/// <summary>
/// How long after birth a birth dose (HepB) was given, for the "within 24 hours" indicators (docs/indicators.md,
/// <c>hepb-birth-24h</c>): the circulars say "trong vòng 24 giờ sau khi sinh", so the hours are measured when both the
/// time of birth and the time of the dose are known.
/// </summary>
public enum BirthDoseTiming
{
    /// <summary>At most 24 hours after birth: both times known and ≤ 24 h, or (a time missing) on the birth day itself.</summary>
    Within24Hours = 0,

    /// <summary>More than 24 hours: both times known and &gt; 24 h, or two or more calendar days after the birth day.</summary>
    After24Hours = 1,

    /// <summary>On the day after the birth day with the time of birth or of the dose missing: cannot be told.</summary>
    Unknown = 2,
}
