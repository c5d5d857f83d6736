using CoSo.Core.Indicators;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.Data.Indicators.Sources;

namespace CoSo.IntegrationTests.Indicators;

public sealed class IndicatorRegistryTests
{
    [Fact]
    public void A_feature_source_replaces_the_placeholder_whatever_the_registration_order()
    {
        var placeholder = new PendingIndicatorSource(Targets2030.T4);
        var real = new FakeT4();

        Assert.Same(real, new IndicatorRegistry([placeholder, real]).Find("T4"));
        Assert.Same(real, new IndicatorRegistry([real, placeholder]).Find("T4"));
        Assert.Equal(["T4"], new IndicatorRegistry([placeholder, real]).Definitions.Select(d => d.Code));
    }

    private sealed class FakeT4 : IIndicatorSource
    {
        public IndicatorDefinition Definition => Targets2030.T4 with { DataAvailable = true };

        public Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<UnitValue>>([]);
    }
}
