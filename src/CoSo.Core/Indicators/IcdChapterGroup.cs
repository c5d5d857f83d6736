namespace CoSo.Core.Indicators;

/// <summary>
/// A row "visits by ICD-10 chapter" of the monthly report: the chapters named by their code letters (chapter I is
/// A00–B99, IX is I00–I99, X is J00–J99 — each a whole set of letters), or "other" for a main diagnosis outside
/// every listed chapter. Visits without a diagnosis fall in no row.
/// </summary>
public sealed record IcdChapterGroup(string Code, string NameVi, string NameEn, IReadOnlyList<char> Letters)
{
    public static IcdChapterGroup Infectious { get; } = new("OPD.icdI", "I. Bệnh nhiễm trùng và ký sinh trùng (A00–B99)", "I. Certain infectious and parasitic diseases (A00–B99)", ['A', 'B']);

    public static IcdChapterGroup Circulatory { get; } = new("OPD.icdIX", "IX. Bệnh hệ tuần hoàn (I00–I99)", "IX. Diseases of the circulatory system (I00–I99)", ['I']);

    public static IcdChapterGroup Respiratory { get; } = new("OPD.icdX", "X. Bệnh hệ hô hấp (J00–J99)", "X. Diseases of the respiratory system (J00–J99)", ['J']);

    /// <summary>Every main diagnosis outside chapters I, IX and X.</summary>
    public static IcdChapterGroup Other { get; } = new("OPD.icdOther", "các chương khác", "other chapters", []);

    public static IReadOnlyList<IcdChapterGroup> ReportRows { get; } = [Infectious, Circulatory, Respiratory, Other];

    /// <summary>True when an ICD-10 code (e.g. "J06.9") belongs to this row.</summary>
    public bool Contains(string? icd10)
    {
        if (string.IsNullOrWhiteSpace(icd10))
        {
            return false;
        }

        var letter = char.ToUpperInvariant(icd10.Trim()[0]);
        return Letters.Count > 0
            ? Letters.Contains(letter)
            : !ReportRows.Where(r => r.Letters.Count > 0).Any(r => r.Letters.Contains(letter));
    }
}
