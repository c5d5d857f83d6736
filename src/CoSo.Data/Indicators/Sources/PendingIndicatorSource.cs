using CoSo.Core.Indicators;

namespace CoSo.Data.Indicators.Sources;

/// <summary>A definition whose data has no table yet: stored as "no data", shown "Chưa có dữ liệu", never 0 %.</summary>
public sealed class PendingIndicatorSource(IndicatorDefinition definition) : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [];

    // A placeholder never computes, even for a definition that is real once its feature registers a source (e.g. T9).
    public IndicatorDefinition Definition { get; } = definition with { DataAvailable = false };

    public Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<UnitValue>>([]);
}
