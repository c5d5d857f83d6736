using CoSo.Data.Common;
using ClosedXML.Excel;
using CoSo.Data.Chronic;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.Web.Api.Chronic;

/// <summary>Excel exports of the overdue list and the indicator table (Vietnamese headers: the sheets go to the district).</summary>
public static class ChronicExcel
{
    public const string ContentType = ListWorkbook.ContentType;

    public static byte[] Overdue(OverdueList list)
    {
        using var book = new XLWorkbook();
        var ws = book.Worksheets.Add("Quá hẹn");
        string[] headers = ["Họ tên", "Điện thoại", "Thôn", "Chương trình", "Ngày hẹn", "Số ngày quá hẹn", "HA tâm thu", "HA tâm trương", "Đường huyết", "Nguy cơ cao", "Số lần gọi"];
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
            ws.Cell(r, 4).Value = i.Programme == Core.Chronic.ChronicProgramme.Hypertension ? "Tăng huyết áp" : "Đái tháo đường";
            ws.Cell(r, 5).Value = i.Appointment.ToDateTime(TimeOnly.MinValue);
            ws.Cell(r, 6).Value = i.DaysOverdue;
            ws.Cell(r, 7).Value = i.LastSystolic;
            ws.Cell(r, 8).Value = i.LastDiastolic;
            ws.Cell(r, 9).Value = i.LastGlucose;
            ws.Cell(r, 10).Value = i.HighRisk ? "Có" : string.Empty;
            ws.Cell(r, 11).Value = i.CallAttempts;
            r++;
        }

        return Save(book, ws);
    }

    public static byte[] Indicators(IndicatorReport report)
    {
        using var book = new XLWorkbook();
        var ws = book.Worksheets.Add("HEARTS");
        ws.Cell(1, 1).Value = "Tháng";
        ws.Cell(1, 2).Value = "Đơn vị";
        var c = 3;
        foreach (var name in IndicatorRow.Names)
        {
            ws.Cell(1, c++).Value = name + " (tử số)";
            ws.Cell(1, c++).Value = name + " (mẫu số)";
            ws.Cell(1, c++).Value = name + " (%)";
        }

        var r = 2;
        foreach (var row in report.Total.Concat(report.Stations))
        {
            ws.Cell(r, 1).Value = row.Month;
            ws.Cell(r, 2).SetText(row.UnitName);
            c = 3;
            foreach (var name in IndicatorRow.Names)
            {
                var f = row.Figures[name];
                ws.Cell(r, c++).Value = f.Numerator;
                ws.Cell(r, c++).Value = f.Denominator;
                ws.Cell(r, c++).Value = f.Percent;
            }

            r++;
        }

        return Save(book, ws);
    }

    private static byte[] Save(XLWorkbook book, IXLWorksheet ws)
    {
        ws.Row(1).Style.Font.Bold = true;
        // Fixed widths: AdjustToContents needs System.Drawing fonts, absent on Linux servers.
        ws.Columns().Width = 16;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
