using System.Globalization;
using System.Text.Json;

namespace CoSo.Core.Bhyt;

/// <summary>
/// The code lists of the claim (MA_LOAI_KCB, MA_DOITUONG_KCB, MA_KHOA, MA_NHOM…) as dated data: each version has a
/// start (and maybe an end) and its source; a code is valid for a visit when the version in force on the visit's
/// date lists it. Not enums: QĐ 3276 and QĐ 1804 changed them under running software.
/// </summary>
public sealed class CodeLists
{
    private readonly List<(string List, DateOnly From, DateOnly? To, HashSet<string> Codes, string Source)> _versions;

    private CodeLists(List<(string, DateOnly, DateOnly?, HashSet<string>, string)> versions, List<(DateOnly, Dictionary<string, int>)> lengths)
    {
        _versions = versions;
        LengthLayers = lengths;
    }

    public IReadOnlyList<(DateOnly From, Dictionary<string, int> Lengths)> LengthLayers { get; }

    public static CodeLists Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var versions = new List<(string, DateOnly, DateOnly?, HashSet<string>, string)>();
        foreach (var l in doc.RootElement.GetProperty("lists").EnumerateArray())
        {
            DateOnly? to = l.TryGetProperty("to", out var t) ? DateOnly.ParseExact(t.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            versions.Add((l.GetProperty("list").GetString()!, DateOnly.ParseExact(l.GetProperty("from").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), to,
                l.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToHashSet(StringComparer.Ordinal), l.GetProperty("source").GetString() ?? string.Empty));
        }

        var lengths = new List<(DateOnly, Dictionary<string, int>)>();
        if (doc.RootElement.TryGetProperty("maxLength", out var ml))
        {
            foreach (var m in ml.EnumerateArray())
            {
                lengths.Add((DateOnly.ParseExact(m.GetProperty("from").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    m.GetProperty("fields").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal)));
            }
        }

        return new CodeLists(versions, lengths);
    }

    public bool Knows(string list) => _versions.Exists(v => v.List == list);

    /// <summary>Whether the code is in the version of the list in force on the date (false when no version is).</summary>
    public bool IsValid(string list, string code, DateOnly on) =>
        _versions.Exists(v => v.List == list && v.From <= on && (v.To is null || on <= v.To) && v.Codes.Contains(code));
}
