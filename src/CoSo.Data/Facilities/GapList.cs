namespace CoSo.Data.Facilities;

/// <summary>One gap view: a key (also the resource name of its title), column keys and rows of cell texts.</summary>
public sealed record GapList(string Key, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public int Count => Rows.Count;
}
