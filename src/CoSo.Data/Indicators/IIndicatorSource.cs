using CoSo.Core.Indicators;

namespace CoSo.Data.Indicators;

/// <summary>
/// One indicator: its definition and how to compute its numerator and denominator per station for a period.
/// A feature adds an indicator by registering a class: <c>services.AddIndicatorSource&lt;MySource&gt;()</c>.
/// A source registered later with the same code replaces an earlier one (so T4–T12 placeholders are replaced by
/// the features that own their data). Queries must translate on PostgreSQL and SQLite and must ignore the actor's
/// scope (<c>Unfiltered(UnscopedReason.IndicatorComputation)</c>): results are aggregates, scoped when read.
/// </summary>
public interface IIndicatorSource
{
    IndicatorDefinition Definition { get; }

    /// <summary>
    /// The entity types the computation reads. A write to one of them marks its station stale for this indicator
    /// only; null (the default) means the indicator is recomputed after any person-level write of its station.
    /// </summary>
    IReadOnlyCollection<Type>? Inputs => null;

    /// <summary>Values for the given stations (omit a station to mean 0/0). Not called when the definition has no data.</summary>
    Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct);
}
