using CoSo.Core.Indicators;

namespace CoSo.Data.Indicators;

/// <summary>Station values of a <see cref="IPartialIndicatorSource"/> and the stations that have data of their own.</summary>
public sealed record PartialValues(IReadOnlyList<UnitValue> Values, IReadOnlySet<Guid> StationsWithData);
