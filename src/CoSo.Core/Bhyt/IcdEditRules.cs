using System.Globalization;
using CoSo.Core.People;

namespace CoSo.Core.Bhyt;

/// <summary>
/// The edit lists of the ICD-10 appendix of QĐ 4469/QĐ-BYT (data/bhyt/icd10-edit-rules-qd4469.csv): codes not used as
/// the main diagnosis (A2), female- and male-only codes (A4.1, A4.2), age-specific codes (A3.x). A listed
/// three-character code covers its subcodes.
/// </summary>
public sealed class IcdEditRules
{
    private readonly HashSet<string> _notMain = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Sex> _sex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int? Min, int? Max, string Appendix)> _age = new(StringComparer.Ordinal);

    public static IcdEditRules Parse(IEnumerable<Dictionary<string, string>> rows)
    {
        var r = new IcdEditRules();
        foreach (var row in rows)
        {
            var code = Key(row["code"]);
            switch (row["rule"])
            {
                case "not-main": r._notMain.Add(code); break;
                case "female": r._sex[code] = Sex.Female; break;
                case "male": r._sex[code] = Sex.Male; break;
                case "age":
                    r._age[code] = (Int(row["min_age_days"]), Int(row["max_age_days"]), row["appendix"]);
                    break;
            }
        }

        return r;
    }

    public bool NotMain(string code) => Match(code, _notMain.Contains);

    /// <summary>The only sex the code applies to, or null.</summary>
    public Sex? SexOnly(string code) => Find(code, _sex, out var s) ? s : null;

    /// <summary>The age range in days the code is valid for, or null.</summary>
    public (int? Min, int? Max, string Appendix)? AgeRange(string code) => Find(code, _age, out var a) ? a : null;

    private static int? Int(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Key(string code) => code.Replace(".", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();

    private static bool Match(string code, Func<string, bool> contains)
    {
        var k = Key(code);
        return contains(k) || (k.Length > 3 && contains(k[..3]));
    }

    private static bool Find<T>(string code, Dictionary<string, T> map, out T value)
    {
        var k = Key(code);
        if (map.TryGetValue(k, out value!))
        {
            return true;
        }

        return k.Length > 3 && map.TryGetValue(k[..3], out value!);
    }
}
