using System.Text.Json;
using CoSo.Core.Bhyt;

namespace CoSo.Data.Bhyt;

/// <summary>A claim's findings stored as JSON (table, row, field, code, arguments as text).</summary>
internal static class ClaimViolationsJson
{
    private sealed record Item(string T, int R, string F, string C, string[] A);

    public static string? Write(IReadOnlyList<ClaimViolation> found) =>
        found.Count == 0 ? null : JsonSerializer.Serialize(found.Select(v => new Item(v.Table, v.Row, v.Field, v.Code, v.Args.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToArray())));

    public static List<ClaimViolation> Read(string maLk, string? json) =>
        json is null ? [] : (JsonSerializer.Deserialize<List<Item>>(json) ?? []).Select(i => new ClaimViolation(maLk, i.T, i.R, i.F, i.C, i.A.Cast<object>().ToArray())).ToList();
}
