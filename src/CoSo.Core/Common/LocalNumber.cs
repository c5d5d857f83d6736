using System.Globalization;

namespace CoSo.Core.Common;

/// <summary>
/// Reads numbers as people type them in Vietnam: "6,5" and "6.5" are both six and a half; a number that can be read
/// two ways ("1.250" for a weight: 1.25 or 1250?) is refused rather than guessed, so a decimal comma can never turn
/// 6,5 kg into 65 kg. The one place where typed numbers cross the culture boundary (house style 15).
/// </summary>
public static class LocalNumber
{
    public static ParsedNumber Parse(string? text, NumberKind kind, bool allowNegative = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedNumber.Empty;
        }

        var s = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        var negative = false;
        if (s[0] is '-' or '−')
        {
            negative = true;
            s = s[1..];
        }

        if (s.Length == 0 || s.Any(c => !(char.IsAsciiDigit(c) || c is ',' or '.')) || !s.Any(char.IsAsciiDigit))
        {
            return ParsedNumber.Error("number.invalid");
        }

        if (negative && !allowNegative)
        {
            return ParsedNumber.Error("number.negative");
        }

        var read = kind switch
        {
            NumberKind.Count => Integer(s),
            NumberKind.Amount => Amount(s),
            NumberKind.Coordinate => Decimal(s),
            _ => Measurement(s),
        };
        if (!read.IsValid || read.Value is not { } v)
        {
            return read;
        }

        return ParsedNumber.Of(negative ? -v : v);
    }

    /// <summary>The same number written for people of <paramref name="culture"/> (decimal comma in Vietnamese).</summary>
    public static string Format(decimal? value, NumberKind kind, CultureInfo culture) => value is not { } v
        ? string.Empty
        : kind switch
        {
            NumberKind.Count => v.ToString("0", culture),
            NumberKind.Amount => v.ToString("#,##0.##", culture),
            NumberKind.Coordinate => v.ToString("0.#######", culture),
            _ => v.ToString("0.####", culture),
        };

    private static ParsedNumber Integer(string s) =>
        s.Contains(',') || s.Contains('.') ? ParsedNumber.Error("number.whole") : Digits(s, string.Empty);

    private static ParsedNumber Measurement(string s)
    {
        var marks = s.Count(c => c is ',' or '.');
        if (marks == 0)
        {
            return Digits(s, string.Empty);
        }

        if (marks > 1)
        {
            return ParsedNumber.Error("number.invalid");
        }

        var at = s.IndexOfAny([',', '.']);
        var whole = s[..at];
        var fraction = s[(at + 1)..];
        // "1.250" / "1,250": a thousands group in one convention, three decimals in the other.
        if (fraction.Length == 3 && whole.Length is >= 1 and <= 3 && whole.TrimStart('0').Length > 0)
        {
            return ParsedNumber.Error("number.ambiguous");
        }

        return Digits(whole, fraction);
    }

    // One decimal mark at most, no ambiguity rule: a coordinate has no thousands group.
    private static ParsedNumber Decimal(string s)
    {
        var marks = s.Count(c => c is ',' or '.');
        if (marks == 0)
        {
            return Digits(s, string.Empty);
        }

        if (marks > 1)
        {
            return ParsedNumber.Error("number.invalid");
        }

        var at = s.IndexOfAny([',', '.']);
        return Digits(s[..at], s[(at + 1)..]);
    }

    private static ParsedNumber Amount(string s)
    {
        var commas = s.Count(c => c == ',');
        var points = s.Count(c => c == '.');
        if (commas == 0 && points == 0)
        {
            return Digits(s, string.Empty);
        }

        // Both marks: the last one is the decimal mark ("1.250,5" Vietnamese, "1,250.5" English).
        char group;
        char? decimalMark;
        if (commas > 0 && points > 0)
        {
            decimalMark = s.LastIndexOf(',') > s.LastIndexOf('.') ? ',' : '.';
            group = decimalMark == ',' ? '.' : ',';
            if (s.Count(c => c == decimalMark) > 1)
            {
                return ParsedNumber.Error("number.invalid");
            }
        }
        else
        {
            var mark = commas > 0 ? ',' : '.';
            var parts = s.Split(mark);
            var grouped = parts.Length > 2 || parts[1].Length == 3;
            group = grouped ? mark : '\0';
            decimalMark = grouped ? null : mark;
        }

        var wholePart = decimalMark is { } d ? s[..s.IndexOf(d)] : s;
        var fraction = decimalMark is { } d2 ? s[(s.IndexOf(d2) + 1)..] : string.Empty;
        if (group != '\0' && wholePart.Contains(group))
        {
            var groups = wholePart.Split(group);
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return ParsedNumber.Error("number.invalid");
            }

            wholePart = string.Concat(groups);
        }

        return Digits(wholePart, fraction);
    }

    private static ParsedNumber Digits(string whole, string fraction)
    {
        if (!whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit) || whole.Length + fraction.Length == 0 || whole.Length > 15)
        {
            return ParsedNumber.Error("number.invalid");
        }

        var text = (whole.Length == 0 ? "0" : whole) + (fraction.Length == 0 ? string.Empty : "." + fraction);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? ParsedNumber.Of(v)
            : ParsedNumber.Error("number.invalid");
    }
}
