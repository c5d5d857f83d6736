namespace CoSo.Core.Indicators;

/// <summary>How a numerator/denominator pair is shown: a percentage, a rate per 1,000, or a plain count (numerator only).</summary>
public enum IndicatorUnit
{
    Percent = 1,
    PerThousand = 2,
    Count = 3,
}
