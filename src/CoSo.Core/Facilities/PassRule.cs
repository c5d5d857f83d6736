namespace CoSo.Core.Facilities;

/// <summary>The pass rule of a criteria set as scored (see <see cref="CriteriaSetDefinition"/>); a strict threshold means "more than".</summary>
public sealed record PassRule(
    decimal MinTotalPoints,
    bool RequireEveryCriterion,
    decimal? MinTotalPercent,
    bool MinTotalPercentStrict,
    decimal? MinCriterionPercent,
    bool MinCriterionPercentStrict,
    int? ValidYears)
{
    /// <summary>Whether <paramref name="points"/> of <paramref name="max"/> reach <paramref name="percent"/> %, compared exactly (no rounding).</summary>
    public static bool Reaches(decimal points, decimal max, decimal percent, bool strict) =>
        strict ? points * 100 > percent * max : points * 100 >= percent * max;

    public static string Operator(bool strict) => strict ? ">" : "≥";
}
