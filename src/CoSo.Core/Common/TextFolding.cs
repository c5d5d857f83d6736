using System.Globalization;
using System.Text;

namespace CoSo.Core.Common;

/// <summary>
/// Vietnamese text normalisation: names are stored NFC, and searched by a folded key
/// (lower case, no diacritics, đ→d, single spaces) so that "nguyen van an" finds "Nguyễn Văn An".
/// </summary>
public static class TextFolding
{
    public static string Nfc(string value) => value.Trim().Normalize(NormalizationForm.FormC);

    public static string Fold(string? value)
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
}
