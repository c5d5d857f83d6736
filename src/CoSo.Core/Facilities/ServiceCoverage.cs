namespace CoSo.Core.Facilities;

/// <summary>Share of the commune-level list a station performs; codes not in the list are ignored. Target ≥ 90 %.</summary>
public sealed record ServiceCoverage(int Performed, int Listed)
{
    public const decimal TargetPercent = 90m;

    public decimal Percent => Listed == 0 ? 0 : Math.Round(100m * Performed / Listed, 1);

    public bool MeetsTarget => Listed > 0 && Performed * 100m >= TargetPercent * Listed;

    public static ServiceCoverage Of(IEnumerable<string> performedCodes, IReadOnlyCollection<TechnicalService> list)
    {
        var listed = list.Select(s => s.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new ServiceCoverage(performedCodes.Distinct(StringComparer.OrdinalIgnoreCase).Count(listed.Contains), listed.Count);
    }
}
