using CoSo.Data.Common;
using ClosedXML.Excel;
using CoSo.Data.Pharmacy;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.Web.Api.Pharmacy;

/// <summary>The monthly stock report (báo cáo xuất – nhập – tồn) as an Excel sheet, Vietnamese headers.</summary>
public static class StockExcel
{
    public const string ContentType = ListWorkbook.ContentType;

    public static byte[] Month(StockReport report)
    {
        using var book = new XLWorkbook();
        var ws = book.Worksheets.Add("Xuất nhập tồn");
        ws.Cell(1, 1).Value = $"BÁO CÁO XUẤT – NHẬP – TỒN THUỐC THÁNG {report.Month:00}/{report.Year}";
        ws.Cell(2, 1).SetText(report.StationName);
        string[] headers = ["Mã thuốc", "Tên thuốc, hàm lượng", "Đơn vị", "Số lô", "Hạn dùng", "Đơn giá (đ)", "Tồn đầu kỳ", "Nhập trong kỳ", "Xuất cấp phát", "Xuất khác", "Tồn cuối kỳ", "Thành tiền tồn (đ)"];
        for (var c = 0; c < headers.Length; c++)
        {
            ws.Cell(4, c + 1).Value = headers[c];
        }

        ws.Row(4).Style.Font.Bold = true;
        var r = 5;
        foreach (var row in report.Rows)
        {
            ws.Cell(r, 1).SetText(row.DrugCode);
            ws.Cell(r, 2).SetText(row.DrugName);
            ws.Cell(r, 3).SetText(row.Unit);
            ws.Cell(r, 4).SetText(row.LotNumber);
            ws.Cell(r, 5).Value = row.ExpiryDate.ToDateTime(TimeOnly.MinValue);
            ws.Cell(r, 5).Style.DateFormat.Format = "dd/mm/yyyy";
            ws.Cell(r, 6).Value = row.UnitPrice;
            ws.Cell(r, 7).Value = row.Opening;
            ws.Cell(r, 8).Value = row.Received;
            ws.Cell(r, 9).Value = row.Dispensed;
            ws.Cell(r, 10).Value = row.OtherIssued;
            ws.Cell(r, 11).Value = row.Closing;
            ws.Cell(r, 12).Value = row.ClosingValue;
            r++;
        }

        ws.Cell(r, 2).Value = "Tổng cộng";
        ws.Cell(r, 2).Style.Font.Bold = true;
        ws.Cell(r, 12).Value = report.ClosingValue;
        ws.Range(5, 6, r, 6).Style.NumberFormat.Format = "#,##0.##";
        ws.Range(5, 12, r, 12).Style.NumberFormat.Format = "#,##0";
        // Fixed widths: measuring text (AdjustToContents) needs fonts a server does not have.
        ws.Column(2).Width = 40;
        ws.Columns(3, 12).Width = 14;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
