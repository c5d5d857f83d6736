using CoSo.Data.Common;
using CoSo.Core.Common;
using ClosedXML.Excel;
using CoSo.Data.Surveillance;

namespace CoSo.Web.Api.Surveillance;

/// <summary>The line list as an .xlsx workbook (one row per case, Vietnamese headers; village, address and WGS 84 coordinates last, for vector control).</summary>
public static class LineListExcel
{
    public static byte[] Write(IReadOnlyList<CaseReportDto> items)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Ca bệnh");
        string[] headers = ["Bệnh", "Họ tên", "Giới", "Năm sinh", "Khởi phát", "Tuần ISO", "Phân loại", "Nhập viện", "Kết cục", "Xét nghiệm", "Kết quả", "Báo cáo lúc", "Báo cáo muộn", "Thôn/ấp", "Địa chỉ", "Vĩ độ", "Kinh độ"];
        for (var i = 0; i < headers.Length; i++)
        {
            sheet.Cell(1, i + 1).Value = headers[i];
        }

        var row = 2;
        foreach (var c in items)
        {
            sheet.Cell(row, 1).SetText(c.DiseaseName);
            sheet.Cell(row, 2).SetText(c.Name);
            sheet.Cell(row, 3).Value = c.Sex?.ToString();
            sheet.Cell(row, 4).Value = c.BirthYear;
            sheet.Cell(row, 5).Value = c.OnsetDate.ToDateTime(TimeOnly.MinValue);
            sheet.Cell(row, 6).Value = c.OnsetWeek;
            sheet.Cell(row, 7).Value = c.Classification.ToString();
            sheet.Cell(row, 8).Value = c.Hospitalised;
            sheet.Cell(row, 9).Value = c.Outcome.ToString();
            sheet.Cell(row, 10).SetText(c.LabTest);
            sheet.Cell(row, 11).SetText(c.LabResult);
            // Vietnam wall-clock time: a UTC value read 7 h early (security finding B19).
            sheet.Cell(row, 12).Value = VietnamClock.LocalDateTime(c.ReportedAt);
            sheet.Cell(row, 13).Value = c.ReportedLate;
            sheet.Cell(row, 14).SetText(c.VillageName);
            sheet.Cell(row, 15).SetText(c.Address);
            sheet.Cell(row, 16).Value = c.Latitude;
            sheet.Cell(row, 17).Value = c.Longitude;
            row++;
        }

        sheet.Column(5).Style.DateFormat.Format = "dd/mm/yyyy";
        sheet.Column(12).Style.DateFormat.Format = "dd/mm/yyyy hh:mm";
        sheet.Row(1).Style.Font.Bold = true;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
