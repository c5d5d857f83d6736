using CoSo.Core.Indicators;

namespace CoSo.Data.Indicators;

/// <summary>The registered indicator sources by code, in registration order; the last registration of a code wins.</summary>
public sealed class IndicatorRegistry
{
    private readonly Dictionary<string, IIndicatorSource> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    public IndicatorRegistry(IEnumerable<IIndicatorSource> sources)
    {
        foreach (var source in sources)
        {
            if (!_byCode.ContainsKey(source.Definition.Code))
            {
                _order.Add(source.Definition.Code);
            }

            _byCode[source.Definition.Code] = source;
        }
    }

    public IReadOnlyList<IIndicatorSource> All => _order.Select(c => _byCode[c]).ToList();

    public IReadOnlyList<IndicatorDefinition> Definitions => All.Select(s => s.Definition).ToList();

    public IIndicatorSource? Find(string code) => _byCode.GetValueOrDefault(code);
}
