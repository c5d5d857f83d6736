using System.Globalization;

namespace CoSo.Core.Immunization;

/// <summary>
/// The date a province started giving a vaccine of the schedule (<c>data/immunization/introductions.csv</c>):
/// <see cref="From"/> null means not introduced yet; <see cref="Dose"/> null means every dose of the code;
/// <see cref="Province"/> "*" applies to every province without rows of its own.
/// </summary>
public sealed record VaccineIntroduction(string Vaccine, int? Dose, string Province, DateOnly? From, string Source)
{
    public const string AnyOtherProvince = "*";

    /// <summary>Parses <c>vaccine,dose,province,from,source</c> with a header row; bad rows fail with their line number.</summary>
    public static List<VaccineIntroduction> ParseCsv(Stream csv)
    {
        using var reader = new StreamReader(csv);
        var rows = new List<VaccineIntroduction>();
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("vaccine,dose,province,from,source", StringComparison.Ordinal))
        {
            throw new InvalidDataException("Vaccine introductions: the header must be vaccine,dose,province,from,source.");
        }

        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var parts = text.Split(',', 5);
            if (parts.Length != 5)
            {
                throw new InvalidDataException($"Vaccine introductions line {line}: expected 5 columns.");
            }

            int? dose = parts[1].Length == 0 ? null
                : int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d > 0 ? d
                : throw new InvalidDataException($"Vaccine introductions line {line}: dose '{parts[1]}' is not a positive number.");
            var province = parts[2];
            if (province != AnyOtherProvince && (province.Length != 2 || !province.All(char.IsAsciiDigit)))
            {
                throw new InvalidDataException($"Vaccine introductions line {line}: province '{province}' is not a 2-digit code or *.");
            }

            DateOnly? from = parts[3].Length == 0 ? null
                : DateOnly.TryParseExact(parts[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f
                : throw new InvalidDataException($"Vaccine introductions line {line}: '{parts[3]}' is not a date YYYY-MM-DD.");
            rows.Add(new VaccineIntroduction(parts[0], dose, province, from, parts[4].Trim('"')));
        }

        return rows;
    }
}
