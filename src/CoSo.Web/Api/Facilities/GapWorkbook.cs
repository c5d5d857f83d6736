using CoSo.Data.Common;
using System.Globalization;
using ClosedXML.Excel;
using CoSo.Data.Facilities;
using CoSo.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CoSo.Web.Api.Facilities;

/// <summary>One worksheet per gap view, headed by its Vietnamese title and column names.</summary>
public static class GapWorkbook
{
    public static byte[] Build(IReadOnlyList<GapList> lists)
    {
        using var book = new XLWorkbook();
        foreach (var list in lists)
        {
            var sheet = book.Worksheets.Add(list.Key.Length > 31 ? list.Key[..31] : list.Key);
            sheet.Cell(1, 1).Value = GapTexts.Title(list.Key) + " (" + list.Count.ToString(CultureInfo.InvariantCulture) + ")";
            sheet.Cell(1, 1).Style.Font.Bold = true;
            for (var c = 0; c < list.Columns.Count; c++)
            {
                sheet.Cell(2, c + 1).Value = GapTexts.Column(list.Columns[c]);
                sheet.Cell(2, c + 1).Style.Font.Bold = true;
            }

            for (var r = 0; r < list.Rows.Count; r++)
            {
                for (var c = 0; c < list.Rows[r].Count; c++)
                {
                    sheet.Cell(r + 3, c + 1).SetTextOrNumber(list.Rows[r][c]);
                }
            }

            // AdjustToContents measures text with System.Drawing, which is missing on Linux servers: fixed widths instead.
            sheet.Column(1).Width = 45;
            sheet.Columns(2, Math.Max(2, list.Columns.Count)).Width = 18;
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
