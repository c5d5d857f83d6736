using CoSo.Core.Indicators;

namespace CoSo.Data.Indicators;

/// <summary>The registered indicator sources by code, in registration order; the last real source of a code wins over earlier ones and over placeholders.</summary>
public sealed class IndicatorRegistry
{
    private readonly Dictionary<string, IIndicatorSource> _byCode = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];

    public IndicatorRegistry(IEnumerable<IIndicatorSource> sources)
    {
        foreach (var source in sources)
        {
            if (!_byCode.TryGetValue(source.Definition.Code, out var earlier))
            {
                _order.Add(source.Definition.Code);
                _byCode[source.Definition.Code] = source;
                continue;
            }

            // A placeholder never replaces a real source, whatever the order of the AddXxx() calls after a merge.
            if (source is not Sources.PendingIndicatorSource || earlier is Sources.PendingIndicatorSource)
            {
                _byCode[source.Definition.Code] = source;
            }
        }
    }

    public IReadOnlyList<IIndicatorSource> All => _order.Select(c => _byCode[c]).ToList();

    public IReadOnlyList<IndicatorDefinition> Definitions => All.Select(s => s.Definition).ToList();

    public IIndicatorSource? Find(string code) => _byCode.GetValueOrDefault(code);
}
