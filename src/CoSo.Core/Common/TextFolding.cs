using System.Globalization;
using System.Text;

namespace CoSo.Core.Common;

/// <summary>
/// Vietnamese text normalisation: names are stored NFC, and searched by a folded key
/// (lower case, no diacritics, đ→d, single spaces) so that "nguyen van an" finds "Nguyễn Văn An".
/// </summary>
public static class TextFolding
{
    private const char Drop = '\0';
    private const char Slow = '\uFFFF';

    /// <summary>
    /// What <see cref="FoldSlow"/> makes of each character below U+2000 (Latin, Vietnamese, combining marks):
    /// its folded form, <see cref="Drop"/> for a mark, ' ' for white space, or <see cref="Slow"/> when one character
    /// decomposes into several letters. Canonical decomposition works character by character and the marks it
    /// reorders are dropped anyway, so folding by this table gives what decomposing the whole string gives.
    /// </summary>
    private static readonly char[] Table = BuildTable();

    public static string Nfc(string value)
    {
        var trimmed = value.Trim();
        return IsPlainlyComposed(trimmed) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// True when every character is below U+0300 or a precomposed letter of Latin Extended Additional (U+1E00–U+1EFF,
    /// where Vietnamese lives): such characters have no combining class and are NFC as they stand, so the text is
    /// already NFC and ICU need not be asked (a unit test checks every one of them).
    /// </summary>
    internal static bool IsPlainlyComposed(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= 0x300 && c is < (char)0x1E00 or > (char)0x1EFF)
            {
                return false;
            }
        }

        return true;
    }

    public static string Fold(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        Span<char> folded = value.Length <= 256 ? stackalloc char[value.Length] : new char[value.Length];
        var length = 0;
        var lastWasSpace = true;
        foreach (var ch in value)
        {
            var c = ch < Table.Length ? Table[ch] : Slow;
            if (c == Slow)
            {
                return FoldSlow(value);
            }

            if (c == Drop)
            {
                continue;
            }

            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    folded[length++] = ' ';
                }

                lastWasSpace = true;
                continue;
            }

            folded[length++] = c;
            lastWasSpace = false;
        }

        if (length > 0 && folded[length - 1] == ' ')
        {
            length--;
        }

        return new string(folded[..length]);
    }

    /// <summary>The definition: decompose, drop the marks, lower-case, đ→d, collapse white space.</summary>
    internal static string FoldSlow(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var decomposed = value.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            };
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            sb.Append(c);
            lastWasSpace = false;
        }

        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static char[] BuildTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = Slow;
            var ch = (char)i;
            if (ch == Drop || char.IsSurrogate(ch))
            {
                continue;
            }

            string decomposed;
            try
            {
                decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                continue;
            }

            var letters = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToList();
            if (letters.Count == 0)
            {
                table[i] = Drop;
            }
            else if (letters.Count == 1)
            {
                var c = letters[0] is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(letters[0]);
                table[i] = char.IsWhiteSpace(c) ? ' ' : c == Drop || c == Slow ? Slow : c;
            }
        }

        return table;
    }
}
