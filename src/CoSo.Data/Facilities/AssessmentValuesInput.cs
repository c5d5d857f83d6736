using CoSo.Core.Facilities;

namespace CoSo.Data.Facilities;

/// <summary>The manual indicator values of a self-assessment; auto indicators are always recomputed.</summary>
public sealed record AssessmentValuesInput(IReadOnlyList<IndicatorValue> Values);
