using CoSo.Data.Common;
using ClosedXML.Excel;
using CoSo.Core.Maternal;
using CoSo.Data.Maternal;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.Web.Api.Maternal;

/// <summary>The antenatal due list as a workbook (Vietnamese headers: the sheet goes to the village and the district).</summary>
public static class MaternalExcel
{
    public const string ContentType = ListWorkbook.ContentType;

    public static byte[] AncDue(AncDueList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        using var book = new XLWorkbook();
        var ws = book.Worksheets.Add("Đến hạn khám thai");
        string[] headers = ["Họ tên", "Điện thoại", "Thôn", "Tuổi thai (tuần+ngày)", "Ngày dự sinh", "Lần khám cần", "Tình trạng", "Đến hạn từ", "Số ngày quá hạn",
            "Số lần đã khám", "Lần khám gần nhất", "Yếu tố nguy cơ", "Số lần gọi"];
        for (var c = 0; c < headers.Length; c++)
        {
            ws.Cell(1, c + 1).Value = headers[c];
        }

        var r = 2;
        foreach (var i in list.Items)
        {
            ws.Cell(r, 1).SetText(i.FullName);
            // Text, not a number: a phone number keeps its leading 0.
            ws.Cell(r, 2).SetText(i.Phone ?? string.Empty);
            ws.Cell(r, 3).SetText(i.VillageName);
            ws.Cell(r, 4).SetText(i.Gestation ?? string.Empty);
            if (i.ExpectedDelivery is { } edd)
            {
                ws.Cell(r, 5).Value = edd.ToDateTime(TimeOnly.MinValue);
            }

            ws.Cell(r, 6).SetText(Need(i));
            ws.Cell(r, 7).Value = i.Status == CareSlotStatus.Overdue ? "Quá hạn" : "Đến hạn";
            ws.Cell(r, 8).Value = i.DueFrom.ToDateTime(TimeOnly.MinValue);
            ws.Cell(r, 9).Value = i.DaysOverdue;
            ws.Cell(r, 10).Value = i.ContactCount;
            if (i.LastContactOn is { } last)
            {
                ws.Cell(r, 11).Value = last.ToDateTime(TimeOnly.MinValue);
            }

            ws.Cell(r, 12).SetText(string.Join(", ", i.RiskFactors.Select(Risk)));
            ws.Cell(r, 13).Value = i.CallAttempts;
            r++;
        }

        ws.Row(1).Style.Font.Bold = true;
        ws.Column(5).Style.DateFormat.Format = "dd/mm/yyyy";
        ws.Column(8).Style.DateFormat.Format = "dd/mm/yyyy";
        ws.Column(11).Style.DateFormat.Format = "dd/mm/yyyy";
        // Fixed widths: AdjustToContents needs System.Drawing fonts, absent on Linux servers.
        ws.Columns().Width = 16;
        ws.Column(1).Width = 28;
        ws.Column(6).Width = 36;
        ws.Column(12).Width = 40;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static string Need(AncDueItem i) => i.Reason switch
    {
        AncDueReason.FirstContact => i.PregnancyStatus == PregnancyStatus.Reported ? "Khám lần đầu, xác nhận thai" : "Khám lần đầu",
        AncDueReason.NeedsDating => "Xác định tuổi thai",
        AncDueReason.OutcomeMissing => "Quá 42 tuần, ghi kết quả thai kỳ",
        _ => i.ContactLabelVi ?? string.Empty,
    };

    private static string Risk(RiskFactor f) => f switch
    {
        RiskFactor.AgeUnder18 => "Dưới 18 tuổi",
        RiskFactor.AgeOver35 => "Trên 35 tuổi",
        RiskFactor.PreviousCaesarean => "Mổ đẻ cũ",
        RiskFactor.Hypertension => "Tăng huyết áp",
        RiskFactor.Diabetes => "Đái tháo đường / đường huyết cao",
        RiskFactor.Anaemia => "Thiếu máu",
        RiskFactor.HivPositive => "HIV dương tính",
        RiskFactor.SyphilisPositive => "Giang mai dương tính",
        RiskFactor.HepatitisBPositive => "Viêm gan B dương tính",
        RiskFactor.PreEclampsiaWarning => "Cảnh báo tiền sản giật",
        _ => f.ToString(),
    };
}
