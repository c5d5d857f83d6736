namespace CoSo.Core.Indicators;

/// <summary>
/// What an indicator means, independent of how it is computed: the computation lives in a source class
/// (Data's IIndicatorSource) that owns this definition.
/// </summary>
public sealed record IndicatorDefinition
{
    /// <summary>Stable code used in reports, mappings and URLs, e.g. "T1".</summary>
    public required string Code { get; init; }

    public required string NameVi { get; init; }

    public required string NameEn { get; init; }

    public required string NumeratorVi { get; init; }

    public required string DenominatorVi { get; init; }

    public IndicatorUnit Unit { get; init; } = IndicatorUnit.Percent;

    public PeriodType PeriodType { get; init; } = PeriodType.Month;

    /// <summary>The target value in the indicator's unit (95 = 95 %), or null when there is none.</summary>
    public decimal? Target { get; init; }

    /// <summary>True when the target must be exceeded ("&gt; 95 %"), false when reaching it is enough ("100 %").</summary>
    public bool TargetStrict { get; init; }

    public IndicatorDirection Direction { get; init; } = IndicatorDirection.HigherIsBetter;

    /// <summary>Source programme or feature, e.g. "BHYT", "Hồ sơ sức khỏe", "Nhân lực".</summary>
    public required string Programme { get; init; }

    public IndicatorSubject Subject { get; init; } = IndicatorSubject.Residents;

    /// <summary>Disaggregations the definition supports (e.g. "sex", "ageGroup"), for reports that break it down.</summary>
    public IReadOnlyList<string> Disaggregations { get; init; } = [];

    /// <summary>
    /// Labels of categories other than sex and age (<see cref="AgeBands"/>) that the definition's disaggregations
    /// produce, e.g. T5's kinds of doctor ("doctor:fullTimePermanent").
    /// </summary>
    public IReadOnlyList<BreakdownCategory> Categories { get; init; } = [];

    /// <summary>
    /// True for a share of the population (T1, T3): besides the registry denominator the engine stores the unit's
    /// population (<see cref="PopulationDenominators"/>), and the target is judged on the population when there is one.
    /// </summary>
    public bool JudgedOnPopulation { get; init; }

    /// <summary>The population denominator, described in Vietnamese (for <see cref="JudgedOnPopulation"/> definitions).</summary>
    public string? PopulationDenominatorVi { get; init; }

    /// <summary>False while the data the indicator needs has no table yet: results are stored with status NoData.</summary>
    public bool DataAvailable { get; init; } = true;

    public decimal Multiplier => Unit switch
    {
        IndicatorUnit.Percent => 100m,
        IndicatorUnit.PerThousand => 1000m,
        _ => 1m,
    };

    /// <summary>The value in the indicator's unit, or null when the denominator is zero (nothing to measure).</summary>
    public decimal? ValueOf(long numerator, long denominator) => Unit == IndicatorUnit.Count
        ? numerator
        : denominator == 0 ? null : Math.Round(numerator * Multiplier / denominator, 2);

    /// <summary>
    /// The value the target is judged on: over the population when the definition is judged on it and the unit has a
    /// figure, otherwise over the registry denominator.
    /// </summary>
    public decimal? JudgedValueOf(long numerator, long denominator, long? population) =>
        JudgedOnPopulation && population is > 0 ? ValueOf(numerator, population.Value) : ValueOf(numerator, denominator);
}
