using CoSo.Core.Common;

namespace CoSo.Core.People;

/// <summary>
/// Structure of the 12-digit citizen identity number (CCCD, Thông tư 59/2021/TT-BCA):
/// digits 1–3 the province of birth registration, digit 4 sex and century of birth,
/// digits 5–6 the last two digits of the birth year, digits 7–12 a random number.
/// </summary>
public static class CccdValidator
{
    // The 63 pre-2025 province codes; CCCDs already issued keep them after the 07/2025 merger,
    // and the 34 new provinces reuse codes from this set.
    private static readonly HashSet<string> ProvinceCodes =
    [
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022", "024", "025",
        "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042", "044", "045", "046", "048",
        "049", "051", "052", "054", "056", "058", "060", "062", "064", "066", "067", "068", "070", "072", "074", "075",
        "077", "079", "080", "082", "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
    ];

    /// <summary>The 4th digit for a sex and birth year: 0/1 for 1900s, 2/3 for 2000s, 4/5 for 2100s, ..., 8/9 for 1800s.</summary>
    public static int CenturySexDigit(Sex sex, int birthYear)
    {
        var century = birthYear / 100;
        var baseDigit = century switch
        {
            18 => 8,
            _ => (century - 19) * 2,
        };
        return baseDigit + (sex == Sex.Female ? 1 : 0);
    }

    /// <summary>
    /// Warnings on a well-formed number: digits 1–3 that are not one of the 63 province codes are accepted as the
    /// country code of a birth registered abroad, and the user is asked to check them.
    /// </summary>
    public static IReadOnlyList<FieldWarning> Warnings(string? cccd, string field = "cccd") =>
        IsWellFormed(cccd) && !ProvinceCodes.Contains(cccd![..3]) ? [new FieldWarning(field, "cccd.countryCode", [cccd[..3]])] : [];

    public static bool IsWellFormed(string? value) =>
        value is { Length: 12 } && value.All(char.IsAsciiDigit);

    public static void Validate(string? cccd, Sex sex, int birthYear, ValidationErrors errors, string field = "cccd")
    {
        if (string.IsNullOrEmpty(cccd))
        {
            return;
        }

        if (!IsWellFormed(cccd))
        {
            errors.Add(field, "cccd.format");
            return;
        }

        // Digits 1–3 are the province of birth registration "or the country code where the citizen's birth was
        // registered" (NĐ 137/2015/NĐ-CP, Art. 7): an unknown code is a warning (see Warnings), not an error.

        var expected = CenturySexDigit(sex, birthYear);
        var actual = cccd[3] - '0';
        if (expected is < 0 or > 9 || actual != expected)
        {
            errors.Add(field, "cccd.sexCentury", actual, expected);
        }

        var yy = cccd.Substring(4, 2);
        if (yy != (birthYear % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
        {
            errors.Add(field, "cccd.birthYear", yy, birthYear);
        }
    }
}
