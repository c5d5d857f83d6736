namespace CoSo.Core.Chronic;

/// <summary>A rate shown as numerator/denominator, with the patients behind the numerator for drill-down.</summary>
public sealed record Indicator(int Numerator, int Denominator, IReadOnlyList<Guid> PatientIds)
{
    public decimal? Percent => Denominator == 0 ? null : Math.Round(100m * Numerator / Denominator, 1);

    /// <summary>Roll-up: sums of numerators and of denominators (never a mean of percentages).</summary>
    public static Indicator Sum(IEnumerable<Indicator> parts)
    {
        var list = parts.ToList();
        return new Indicator(list.Sum(p => p.Numerator), list.Sum(p => p.Denominator), list.SelectMany(p => p.PatientIds).ToList());
    }
}
