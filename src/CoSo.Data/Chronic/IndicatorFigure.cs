using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

/// <summary>An indicator without its patient list (the list is fetched by drill-down, and audited there).</summary>
public sealed record IndicatorFigure(int Numerator, int Denominator, decimal? Percent)
{
    public static IndicatorFigure From(Indicator i) => new(i.Numerator, i.Denominator, i.Percent);
}
