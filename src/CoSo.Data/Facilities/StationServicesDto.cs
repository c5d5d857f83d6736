using CoSo.Core.Facilities;

namespace CoSo.Data.Facilities;

public sealed record StationServicesDto(Guid StationId, IReadOnlyList<string> Codes, int Performed, int Listed, decimal Percent, bool MeetsTarget)
{
    public static StationServicesDto Of(Guid stationId, IReadOnlyList<string> codes, ServiceCoverage c) => new(stationId, codes, c.Performed, c.Listed, c.Percent, c.MeetsTarget);
}
