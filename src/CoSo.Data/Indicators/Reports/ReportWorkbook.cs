using CoSo.Data.Common;
using System.Globalization;
using ClosedXML.Excel;
using CoSo.Core.Common;
using CoSo.Core.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Reports;

/// <summary>
/// Fills a report form with stored results of one unit (station, district, province) and period, as an .xlsx. The
/// results are read from the read database (<see cref="Operations.ReadUse.Report"/>); the unit's scope check stays on the primary.
/// </summary>
public sealed class ReportWorkbook(Operations.IReadOnlyDbContextFactory reads, IndicatorRegistry registry, IndicatorQuery query, TimeProvider time)
{
    public const string Missing = "—";

    public async Task<byte[]> BuildAsync(string formCode, Guid orgUnitId, Period period, CancellationToken ct = default)
    {
        var form = ReportForm.TryLoad(formCode);
        if (form is null)
        {
            var errors = new ValidationErrors();
            errors.Add("form", "indicators.form", formCode);
            errors.ThrowIfInvalid();
        }

        var unit = await query.UnitInScopeAsync(orgUnitId, ct);
        var values = await CellValuesAsync(form!, unit.Id, period, ct);

        using var wb = new XLWorkbook();
        var ws = wb.Worksheets.Add("Bao cao");
        var width = form!.Columns.Count + 1;
        ws.Cell(1, 1).SetText(unit.Name);
        ws.Cell(2, 1).Value = form.TitleVi;
        ws.Range(2, 1, 2, width).Merge().Style.Font.SetBold().Font.SetFontSize(14).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        ws.Cell(3, 1).Value = form.NoteVi;
        ws.Range(3, 1, 3, width).Merge().Style.Font.SetItalic().Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        ws.Cell(4, 1).SetText($"Kỳ báo cáo: {period}   Đơn vị: {unit.Name} ({unit.Code})");
        ws.Range(4, 1, 4, width).Merge().Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);

        var row = 6;
        ws.Cell(row, 1).Value = "Chỉ tiêu";
        for (var c = 0; c < form.Columns.Count; c++)
        {
            ws.Cell(row, c + 2).Value = form.Columns[c];
        }

        ws.Range(row, 1, row, width).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.LightGray);
        foreach (var section in form.Sections)
        {
            row++;
            ws.Cell(row, 1).Value = section.TitleVi;
            ws.Range(row, 1, row, width).Style.Font.SetBold();
            foreach (var r in section.Rows)
            {
                row++;
                ws.Cell(row, 1).Value = "  " + r.LabelVi;
                for (var c = 0; c < r.Cells.Count && c < form.Columns.Count; c++)
                {
                    var text = r.Cells[c] is { } reference ? values.GetValueOrDefault(reference, Missing) : string.Empty;
                    ws.Cell(row, c + 2).Value = text;
                    ws.Cell(row, c + 2).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
                }
            }
        }

        ws.Range(6, 1, row, width).Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
        row += 2;
        var today = VietnamClock.Today(time);
        ws.Cell(row, width).Value = $"Ngày {today.Day} tháng {today.Month} năm {today.Year}";
        row++;
        ws.Cell(row, 1).Value = "Người lập biểu";
        ws.Cell(row, width).Value = "Trưởng trạm";
        ws.Range(row, 1, row, width).Style.Font.SetBold();
        row++;
        ws.Cell(row, 1).Value = "(Ký, ghi rõ họ tên)";
        ws.Cell(row, width).Value = "(Ký, ghi rõ họ tên, đóng dấu)";
        ws.Column(1).Width = 60;
        for (var c = 2; c <= width; c++)
        {
            ws.Column(c).Width = 18;
        }

        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return ms.ToArray();
    }

    /// <summary>"CODE.part" → formatted value; absent when the indicator does not exist or has no data (rendered "—").</summary>
    public async Task<Dictionary<string, string>> CellValuesAsync(ReportForm form, Guid orgUnitId, Period period, CancellationToken ct)
    {
        await using var db = await reads.CreateAsync(Operations.ReadUse.Report, ct);
        var references = form.Sections.SelectMany(s => s.Rows).SelectMany(r => r.Cells).OfType<string>().Distinct().ToList();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var byCode in references.GroupBy(r => r[..Math.Max(r.LastIndexOf('.'), 0)]))
        {
            if (registry.Find(byCode.Key)?.Definition is not { DataAvailable: true } definition)
            {
                continue;
            }

            var key = period.As(definition.PeriodType).ToString();
            var stored = await db.Set<IndicatorResult>().AsNoTracking()
                .FirstOrDefaultAsync(r => r.IndicatorCode == definition.Code && r.OrgUnitId == orgUnitId && r.Period == key && r.Status == IndicatorStatus.Ok, ct);
            if (stored is null)
            {
                continue;
            }

            foreach (var reference in byCode)
            {
                var text = reference[(reference.LastIndexOf('.') + 1)..] switch
                {
                    "numerator" => stored.Numerator.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")),
                    "denominator" => stored.Denominator.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")),
                    "population" => stored.Population?.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")),
                    "populationValue" => stored.Population is > 0 && definition.ValueOf(stored.Numerator, stored.Population.Value) is { } pv
                        ? pv.ToString("0.0", CultureInfo.GetCultureInfo("vi-VN")) + (definition.Unit == IndicatorUnit.Percent ? " %" : string.Empty)
                        : null,
                    _ => definition.ValueOf(stored.Numerator, stored.Denominator) is { } v
                        ? v.ToString("0.0", CultureInfo.GetCultureInfo("vi-VN")) + (definition.Unit == IndicatorUnit.Percent ? " %" : string.Empty)
                        : null,
                };
                if (text is not null)
                {
                    result[reference] = text;
                }
            }
        }

        return result;
    }
}
