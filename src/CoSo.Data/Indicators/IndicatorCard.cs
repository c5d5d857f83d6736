using CoSo.Core.Indicators;

namespace CoSo.Data.Indicators;

/// <summary>
/// One indicator of a unit and period, as the dashboard shows it. <see cref="Value"/> is always
/// <see cref="Numerator"/> / <see cref="Denominator"/> (the registry). For a definition judged on the population (T1,
/// T3), <see cref="PopulationDenominator"/> is the unit's population of the period's year, <see cref="PopulationValue"/>
/// the numerator over it and <see cref="RegistryCompleteness"/> the registry over it; <see cref="JudgedOn"/> says what
/// <see cref="JudgedValue"/>, <see cref="Light"/> and the trend are judged on: "population", or "registry" when the
/// unit has no population figure. Other definitions: JudgedOn null, JudgedValue = Value.
/// </summary>
public sealed record IndicatorCard(
    string Code,
    string NameVi,
    string NameEn,
    string NumeratorVi,
    string DenominatorVi,
    IndicatorUnit Unit,
    decimal? Target,
    bool TargetStrict,
    IndicatorSubject Subject,
    string Period,
    IndicatorStatus Status,
    long Numerator,
    long Denominator,
    decimal? Value,
    TrafficLight Light,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<SubUnitValue> SubUnits,
    string? JudgedOn = null,
    decimal? JudgedValue = null,
    long? PopulationDenominator = null,
    decimal? PopulationValue = null,
    decimal? RegistryCompleteness = null,
    string? PopulationDenominatorVi = null,
    UnitPopulation? PopulationBasis = null);
