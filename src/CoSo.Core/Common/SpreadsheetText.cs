namespace CoSo.Core.Common;

/// <summary>
/// Text that a spreadsheet must show as text (CSV/formula injection, OWASP "CSV Injection"): a cell whose text starts
/// with <c>= + - @</c>, a tab or a carriage return is read by Excel and LibreOffice as a formula. Every CSV CoSo writes
/// (exports, the import's rejected-rows file) passes its fields through <see cref="Csv"/>, which follows OWASP: such a
/// field gets a leading single quote, and every field that needs it is quoted with its double quotes doubled. The .xlsx
/// exports keep the text unchanged and mark the cell as text with Excel's quote prefix (the same single quote, stored as
/// the cell's style instead of in the value: CoSo.Data.Common.XlText).
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool IsFormulaLike(string? text) => !string.IsNullOrEmpty(text) && FormulaStarts.Contains(text[0]);

    /// <summary>The text with a leading single quote when a spreadsheet would read it as a formula.</summary>
    public static string Neutralize(string? text) => text is null ? string.Empty : IsFormulaLike(text) ? "'" + text : text;

    /// <summary>One CSV field: neutralized, then quoted (RFC 4180) when it holds a comma, a quote or a line break.</summary>
    public static string Csv(string? text)
    {
        var field = Neutralize(text);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
