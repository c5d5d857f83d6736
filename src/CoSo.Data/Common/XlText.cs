using ClosedXML.Excel;
using CoSo.Core.Common;

namespace CoSo.Data.Common;

/// <summary>
/// The one way CoSo's .xlsx exports write text (see <see cref="SpreadsheetText"/>): always as a text cell, never parsed
/// into a number, a date or a formula, and with Excel's quote prefix when the text starts like a formula, so that
/// editing the cell (F2, Enter) does not turn "=HYPERLINK(…)" into a live link either. The value itself is unchanged.
/// </summary>
public static class XlText
{
    public static IXLCell SetText(this IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        cell.SetValue(text ?? string.Empty).SetDataType(XLDataType.Text);
        if (SpreadsheetText.IsFormulaLike(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        return cell;
    }

    /// <summary>A number when the text is one (invariant digits, as the gap lists write counts), else text as <see cref="SetText"/>.</summary>
    public static IXLCell SetTextOrNumber(this IXLCell cell, string? text)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (decimal.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            cell.Value = number;
            return cell;
        }

        return cell.SetText(text);
    }
}
