namespace CoSo.Core.Bhyt;

/// <summary>One record of a claim table (the XML1 summary, a drug line, a service line…): field name → text as
/// written in the XML. Text on purpose: the check reads other programs' files exactly as they are.</summary>
public sealed class ClaimRecord
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string this[string field]
    {
        get => _values.TryGetValue(field, out var v) ? v : string.Empty;
        set => _values[field] = value ?? string.Empty;
    }

    public bool Has(string field) => _values.ContainsKey(field);

    public IEnumerable<string> Fields => _values.Keys;
}
