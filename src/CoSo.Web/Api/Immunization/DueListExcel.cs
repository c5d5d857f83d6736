using CoSo.Data.Common;
using ClosedXML.Excel;
using CoSo.Data.Immunization;

namespace CoSo.Web.Api.Immunization;

/// <summary>The due list as an .xlsx workbook for the village health worker (one sheet, grouped by village).</summary>
public static class DueListExcel
{
    public static byte[] Build(DueList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Danh sach");
        sheet.Cell(1, 1).SetText($"{list.StationName} — buổi tiêm {list.Session.Date:dd/MM/yyyy}");
        string[] headers = ["Thôn", "Họ tên trẻ", "Ngày sinh", "Mẹ", "Điện thoại", "Cần tiêm"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(3, i + 1).Value = headers[i];
            sheet.Cell(3, i + 1).Style.Font.Bold = true;
        }

        var row = 4;
        foreach (var village in list.Villages)
        {
            foreach (var child in village.Children)
            {
                sheet.Cell(row, 1).SetText(village.VillageName);
                sheet.Cell(row, 2).SetText(child.FullName);
                sheet.Cell(row, 3).Value = child.BirthDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
                sheet.Cell(row, 4).SetText(child.MotherName ?? string.Empty);
                sheet.Cell(row, 5).SetText(child.Phone ?? string.Empty);
                sheet.Cell(row, 6).SetText(string.Join(", ", child.Needs.Select(n => $"{n.Vaccine} {n.Dose}")));
                row++;
            }
        }

        // Fixed widths: ClosedXML's AdjustToContents measures fonts through System.Drawing, absent on Linux servers.
        double[] widths = [16, 28, 12, 28, 14, 40];
        for (var i = 0; i < widths.Length; i++)
        {
            sheet.Column(i + 1).Width = widths[i];
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
