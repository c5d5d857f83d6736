namespace CoSo.Core.Facilities;

/// <summary>How an indicator's value scores: yes/no (1 = yes), a percentage against a target, or points given directly.</summary>
public enum IndicatorKind
{
    YesNo = 1,
    Percent = 2,
    Score = 3,
}
