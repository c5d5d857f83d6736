using CoSo.Data.Common;
using ClosedXML.Excel;

namespace CoSo.Web.Infrastructure.Excel;

/// <summary>A column of a list workbook: its Vietnamese header, width, and how a value is written.</summary>
public sealed record ListColumn(string Header, double Width = 16, ListCell Kind = ListCell.Text);

public enum ListCell
{
    /// <summary>Written as text, so a phone number or a code keeps its leading zeros.</summary>
    Text,

    /// <summary>A DateOnly written as a date cell formatted dd/mm/yyyy.</summary>
    Date,

    /// <summary>A number cell.</summary>
    Number,
}

/// <summary>
/// One sheet of a list (a due list, a campaign list) for the village and the district: a title line, bold
/// Vietnamese headers, one row per item. Widths are fixed: ClosedXML's AdjustToContents needs System.Drawing fonts,
/// absent on Linux servers.
/// </summary>
public static class ListWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(string sheet, string title, IReadOnlyList<ListColumn> columns, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        using var book = new XLWorkbook();
        var ws = book.Worksheets.Add(sheet);
        ws.Cell(1, 1).SetText(title);
        ws.Cell(1, 1).Style.Font.Bold = true;
        for (var c = 0; c < columns.Count; c++)
        {
            ws.Cell(3, c + 1).Value = columns[c].Header;
            ws.Column(c + 1).Width = columns[c].Width;
            if (columns[c].Kind == ListCell.Date)
            {
                ws.Column(c + 1).Style.DateFormat.Format = "dd/mm/yyyy";
            }
        }

        ws.Row(3).Style.Font.Bold = true;
        var r = 4;
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count && c < row.Length; c++)
            {
                var cell = ws.Cell(r, c + 1);
                switch (row[c])
                {
                    case null:
                        break;
                    case DateOnly d:
                        cell.Value = d.ToDateTime(TimeOnly.MinValue);
                        break;
                    case int or long or decimal or double when columns[c].Kind == ListCell.Number:
                        cell.Value = Convert.ToDouble(row[c], System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    default:
                        cell.SetText(Convert.ToString(row[c], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));
                        break;
                }
            }

            r++;
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
