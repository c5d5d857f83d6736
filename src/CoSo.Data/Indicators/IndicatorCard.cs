using CoSo.Core.Indicators;

namespace CoSo.Data.Indicators;

/// <summary>One indicator of a unit and period, as the dashboard shows it.</summary>
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
    IReadOnlyList<SubUnitValue> SubUnits);
