namespace CoSo.Core.Immunization;

/// <summary>Numerator and denominator of an indicator; areas add these up, never average percentages.</summary>
public sealed record CoverageCount(string Code, int Numerator, int Denominator, IReadOnlyList<CoverageMember> Members)
{
    /// <summary>Percentage with one decimal, or null when the denominator is empty.</summary>
    public decimal? Percent => Denominator == 0 ? null : Math.Round(Numerator * 100m / Denominator, 1);
}
