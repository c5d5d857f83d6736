using CoSo.Core.Facilities;
using CoSo.Data.Common;

namespace CoSo.Data.Facilities;

/// <summary>The commune-level technical-service list, read once from data/facilities/commune-technical-services.csv.</summary>
public sealed class TechnicalServiceCatalogue
{
    private readonly Lazy<IReadOnlyList<TechnicalService>> _all = new(() => TechnicalServiceList.Read(DataFiles.PathOf("facilities/commune-technical-services.csv")));

    public IReadOnlyList<TechnicalService> All => _all.Value;

    public bool Contains(string code) => All.Any(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
}
