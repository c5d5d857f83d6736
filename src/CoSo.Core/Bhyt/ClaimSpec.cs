using System.Globalization;

namespace CoSo.Core.Bhyt;

/// <summary>
/// The field tables of QĐ 4750/QĐ-BYT (data/bhyt/xml-fields-qd4750.csv: order, type, length, mandatory flag of the
/// checking sheet) with the later dated changes of length (data/bhyt/code-lists.json, "maxLength").
/// </summary>
public sealed class ClaimSpec
{
    private readonly Dictionary<string, List<ClaimField>> _tables;
    private readonly Dictionary<string, HashSet<string>> _names;

    // Per field ("XML1.MA_LK"), its later lengths in date order: the check asks for every field of every claim, so the
    // lookup must not build a key string or walk every layer each time (a month's batch is ~20 million fields).
    private readonly Dictionary<ClaimField, (DateOnly From, int Length)[]> _changes;

    public ClaimSpec(IEnumerable<ClaimField> fields, IReadOnlyList<(DateOnly From, Dictionary<string, int> Lengths)> layers)
    {
        _tables = fields.GroupBy(f => f.Table, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(f => f.Seq).ToList(), StringComparer.Ordinal);
        _names = _tables.ToDictionary(t => t.Key, t => t.Value.Select(f => f.Name).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var ordered = layers.OrderBy(l => l.From).ToList();
        _changes = _tables.Values.SelectMany(f => f)
            .Select(f => (Field: f, Changes: ordered.Where(l => l.Lengths.ContainsKey($"{f.Table}.{f.Name}")).Select(l => (l.From, l.Lengths[$"{f.Table}.{f.Name}"])).ToArray()))
            .Where(x => x.Changes.Length > 0)
            .ToDictionary(x => x.Field, x => x.Changes);
    }

    public static IEnumerable<ClaimField> ParseFields(IEnumerable<Dictionary<string, string>> rows) =>
        rows.Select(r => new ClaimField(
            r["table"], int.Parse(r["seq"], CultureInfo.InvariantCulture), r["field"], r["type"] == "S",
            int.TryParse(r["max_length"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null, r["required"] == "1"));

    /// <summary>Fields of a table in the appendix's order (empty for a table the spec does not know).</summary>
    public IReadOnlyList<ClaimField> Fields(string table) => _tables.TryGetValue(ClaimTables.SpecName(table), out var f) ? f : [];

    public ClaimField? Field(string table, string name) => Fields(table).FirstOrDefault(f => f.Name == name);

    /// <summary>Whether the table has the field (false for a table the spec does not know).</summary>
    public bool Has(string table, string name) => _names.TryGetValue(ClaimTables.SpecName(table), out var n) && n.Contains(name);

    /// <summary>The maximum length in force on a date: the sheet's, or a later decision's where one changed it.</summary>
    public int? MaxLength(ClaimField field, DateOnly on)
    {
        var length = field.MaxLength;
        if (_changes.TryGetValue(field, out var changes))
        {
            foreach (var (from, l) in changes)
            {
                if (from <= on)
                {
                    length = l;
                }
            }
        }

        return length;
    }
}
