using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

/// <summary>Per-station rows and the roll-up (sums of numerators and denominators) for each month requested.</summary>
public sealed record IndicatorReport(ChronicProgramme Programme, IReadOnlyList<IndicatorRow> Stations, IReadOnlyList<IndicatorRow> Total);
