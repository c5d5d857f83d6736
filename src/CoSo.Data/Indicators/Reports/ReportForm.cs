using System.Text.Json;

namespace CoSo.Data.Indicators.Reports;

/// <summary>A report form as data (data/reports/*.json): column headers and rows whose cells reference indicator parts.</summary>
public sealed record ReportForm
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public string Code { get; init; } = string.Empty;

    public string TitleVi { get; init; } = string.Empty;

    public string TitleEn { get; init; } = string.Empty;

    /// <summary>Shown under the title, e.g. that the form is CoSo's own and not a Ministry form.</summary>
    public string NoteVi { get; init; } = string.Empty;

    public IReadOnlyList<string> Columns { get; init; } = [];

    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    public static string PathOf(string code) => Common.DataFiles.PathOf(Path.Combine("reports", code + ".json"));

    public static ReportForm? TryLoad(string code)
    {
        if (code.Length == 0 || code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            return null;
        }

        var path = PathOf(code);
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<ReportForm>(stream, Json);
    }
}
