namespace CoSo.Core.Bhyt;

/// <summary>One HOSO: the tables of one treatment episode (one MA_LK), by table name ("XML1", "XML2"…).</summary>
public sealed class ClaimDocument
{
    public Dictionary<string, List<ClaimRecord>> Tables { get; } = new(StringComparer.Ordinal);

    public ClaimRecord Summary => Tables.TryGetValue(ClaimTables.Xml1, out var r) && r.Count > 0 ? r[0] : new ClaimRecord();

    public string MaLk => Summary["MA_LK"];

    public IReadOnlyList<ClaimRecord> Rows(string table) => Tables.TryGetValue(table, out var r) ? r : [];

    public List<ClaimRecord> Add(string table)
    {
        if (!Tables.TryGetValue(table, out var list))
        {
            Tables[table] = list = [];
        }

        return list;
    }
}
