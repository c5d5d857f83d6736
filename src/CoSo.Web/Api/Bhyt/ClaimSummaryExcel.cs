using ClosedXML.Excel;
using CoSo.Data.Bhyt;
using CoSo.Data.Common;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.Web.Api.Bhyt;

/// <summary>A station's monthly BHYT summary as a workbook: totals, by drug, by service (Vietnamese headers; text cells escaped by SetText).</summary>
public static class ClaimSummaryExcel
{
    public const string ContentType = ListWorkbook.ContentType;

    public static byte[] Month(ClaimMonthSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        using var book = new XLWorkbook();
        var ws = book.Worksheets.Add("Tổng hợp");
        ws.Cell(1, 1).SetText($"TỔNG HỢP CHI PHÍ KCB BHYT THÁNG {s.Month:00}/{s.Year}");
        ws.Cell(1, 1).Style.Font.Bold = true;
        ws.Cell(2, 1).SetText(s.StationName);
        ws.Cell(2, 3).SetText("Mã CSKCB");
        ws.Cell(2, 4).SetText(s.MaCskcb);
        (string Label, object Value)[] totals =
        [
            ("Số lượt KCB BHYT", s.Visits), ("Số lượt giữ lại (không BHYT, không chi phí)", s.Held), ("Số hồ sơ còn lỗi", s.WithViolations),
            ("Tổng chi (T_TONGCHI_BV)", s.TotalBv), ("Quỹ BHYT trả (T_BHTT)", s.FundPays), ("Người bệnh cùng chi trả (T_BNCCT)", s.CoPayment),
            ("Người bệnh tự trả (T_BNTT)", s.PatientPays), ("Nguồn khác (T_NGUONKHAC)", s.OtherSources),
        ];
        var r = 4;
        foreach (var (label, value) in totals)
        {
            ws.Cell(r, 1).SetText(label);
            ws.Cell(r, 4).Value = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
            ws.Cell(r, 4).Style.NumberFormat.Format = "#,##0.##";
            r++;
        }

        Lines(book.Worksheets.Add("Theo thuốc"), "Mã thuốc", "Tên thuốc", s.Drugs);
        Lines(book.Worksheets.Add("Theo dịch vụ"), "Mã dịch vụ / vật tư", "Tên dịch vụ / vật tư", s.Services);
        ws.Column(1).Width = 45;
        ws.Columns(2, 4).Width = 16;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Lines(IXLWorksheet ws, string codeHeader, string nameHeader, IReadOnlyList<ClaimLineTotal> lines)
    {
        string[] headers = [codeHeader, nameHeader, "Đơn vị", "Số dòng", "Số lượng", "Thành tiền (đ)", "Quỹ BHYT trả (đ)", "Cùng chi trả (đ)", "Tự trả (đ)"];
        for (var c = 0; c < headers.Length; c++)
        {
            ws.Cell(1, c + 1).Value = headers[c];
        }

        ws.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var l in lines)
        {
            ws.Cell(r, 1).SetText(l.Code);
            ws.Cell(r, 2).SetText(l.Name);
            ws.Cell(r, 3).SetText(l.Unit);
            ws.Cell(r, 4).Value = l.Lines;
            ws.Cell(r, 5).Value = l.Quantity;
            ws.Cell(r, 6).Value = l.TotalBv;
            ws.Cell(r, 7).Value = l.FundPays;
            ws.Cell(r, 8).Value = l.CoPayment;
            ws.Cell(r, 9).Value = l.PatientPays;
            r++;
        }

        ws.Cell(r, 2).Value = "Tổng cộng";
        ws.Cell(r, 2).Style.Font.Bold = true;
        ws.Cell(r, 6).Value = lines.Sum(l => l.TotalBv);
        ws.Cell(r, 7).Value = lines.Sum(l => l.FundPays);
        ws.Cell(r, 8).Value = lines.Sum(l => l.CoPayment);
        ws.Cell(r, 9).Value = lines.Sum(l => l.PatientPays);
        ws.Range(2, 5, r, 9).Style.NumberFormat.Format = "#,##0.##";
        ws.Column(1).Width = 18;
        ws.Column(2).Width = 40;
        ws.Columns(3, 9).Width = 14;
    }
}
