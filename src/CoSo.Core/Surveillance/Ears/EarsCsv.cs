using System.Globalization;
using CoSo.Core.Common;

namespace CoSo.Core.Surveillance.Ears;

/// <summary>
/// The CSV contract of <c>coso surveillance ears</c>: input <c>period,count</c>, output
/// <c>period,count,statistic,upper_bound,alarm</c> in the invariant culture.
/// </summary>
public static class EarsCsv
{
    public const string InputHeader = "period,count";
    public const string OutputHeader = "period,count,statistic,upper_bound,alarm";

    // At least 6 decimals so that outputs compare digit by digit across runs; more when the value
    // needs them (up to 14), never an exponent.
    private const string NumberFormat = "0.000000########";

    public static EarsSeries Read(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null || !string.Equals(header.Trim().TrimStart('\uFEFF'), InputHeader, StringComparison.OrdinalIgnoreCase))
        {
            throw new EarsInputException($"the header must be '{InputHeader}'", 1);
        }

        var periods = new List<string>();
        var counts = new List<int>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = CsvFields.Split(line);
            if (fields.Count != 2)
            {
                throw new EarsInputException($"expected 2 fields (period,count), found {fields.Count}", lineNumber);
            }

            var countText = fields[1].Trim();
            if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw new EarsInputException($"count '{countText}' is not a non-negative integer", lineNumber);
            }

            periods.Add(fields[0].Trim());
            counts.Add(count);
        }

        return new EarsSeries(periods, [.. counts]);
    }

    public static void Write(TextWriter writer, EarsSeries series, IEnumerable<EarsResult> results)
    {
        writer.Write(OutputHeader);
        writer.Write('\n');
        foreach (var r in results)
        {
            writer.Write(Quote(series.Periods[r.Index]));
            writer.Write(',');
            writer.Write(r.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(FormatNumber(r.Statistic));
            writer.Write(',');
            if (r.UpperBound is { } upper)
            {
                writer.Write(FormatNumber(upper));
            }

            writer.Write(',');
            writer.Write(r.Alarm ? '1' : '0');
            writer.Write('\n');
        }
    }

    /// <summary>Invariant culture, a dot, at least 6 decimals; ±∞ as "Infinity"/"-Infinity".</summary>
    public static string FormatNumber(double value) => value.ToString(NumberFormat, CultureInfo.InvariantCulture);

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
