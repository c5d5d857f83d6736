namespace CoSo.Core.Immunization;

/// <summary>Which children of the register an indicator's denominator takes for a period.</summary>
public enum CoverageCohort
{
    /// <summary>Children born in the period.</summary>
    BornInPeriod = 0,

    /// <summary>Children whose first birthday falls in the period (coverage "by 12 months").</summary>
    FirstBirthdayInPeriod = 1,

    /// <summary>Children whose second birthday falls in the period (coverage "by 24 months").</summary>
    SecondBirthdayInPeriod = 2,
}
