using System.Globalization;

namespace CoSo.Core.Bhyt;

/// <summary>
/// The field tables of QĐ 4750/QĐ-BYT (data/bhyt/xml-fields-qd4750.csv: order, type, length, mandatory flag of the
/// checking sheet) with the later dated changes of length (data/bhyt/code-lists.json, "maxLength").
/// </summary>
public sealed class ClaimSpec
{
    private readonly Dictionary<string, List<ClaimField>> _tables;
    private readonly IReadOnlyList<(DateOnly From, Dictionary<string, int> Lengths)> _layers;

    public ClaimSpec(IEnumerable<ClaimField> fields, IReadOnlyList<(DateOnly From, Dictionary<string, int> Lengths)> layers)
    {
        _tables = fields.GroupBy(f => f.Table, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(f => f.Seq).ToList(), StringComparer.Ordinal);
        _layers = layers.OrderBy(l => l.From).ToList();
    }

    public static IEnumerable<ClaimField> ParseFields(IEnumerable<Dictionary<string, string>> rows) =>
        rows.Select(r => new ClaimField(
            r["table"], int.Parse(r["seq"], CultureInfo.InvariantCulture), r["field"], r["type"] == "S",
            int.TryParse(r["max_length"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null, r["required"] == "1"));

    /// <summary>Fields of a table in the appendix's order (empty for a table the spec does not know).</summary>
    public IReadOnlyList<ClaimField> Fields(string table) => _tables.TryGetValue(ClaimTables.SpecName(table), out var f) ? f : [];

    public ClaimField? Field(string table, string name) => Fields(table).FirstOrDefault(f => f.Name == name);

    /// <summary>The maximum length in force on a date: the sheet's, or a later decision's where one changed it.</summary>
    public int? MaxLength(ClaimField field, DateOnly on)
    {
        var length = field.MaxLength;
        foreach (var (from, lengths) in _layers)
        {
            if (from <= on && lengths.TryGetValue($"{field.Table}.{field.Name}", out var l))
            {
                length = l;
            }
        }

        return length;
    }
}
