using System.Globalization;
using CoSo.Core.Common;
using CoSo.Data.Pharmacy;
using CoSo.Web.Infrastructure.Errors;

namespace CoSo.Web.Api.Pharmacy;

/// <summary>/api/v1/formulary and /api/v1/stock: the drug catalogue, lots, receipts, corrections, transfers and the monthly report.</summary>
public static class PharmacyEndpoints
{
    public static RouteGroupBuilder MapPharmacy(this RouteGroupBuilder api)
    {
        api.MapGet("/formulary", (FormularyService svc, string? q, Guid? stationId, int? limit, CancellationToken ct) => svc.SearchAsync(q, stationId, limit ?? 20, ct))
            .WithTags("Pharmacy").WithSummary("Danh mục thuốc (tìm không dấu, kèm tồn kho) / formulary search with stock on hand");

        var s = api.MapGroup("/stock").WithTags("Pharmacy");
        s.MapGet("/lots", (StockService svc, Guid? stationId, string? drugCode, bool? includeEmpty, CancellationToken ct) => svc.LotsAsync(stationId, drugCode, includeEmpty ?? false, ct))
            .WithSummary("Tồn kho theo lô / stock by lot");
        s.MapPost("/receipts", async (StockService svc, ReceiveInput input, HttpResponse response, CancellationToken ct) =>
        {
            var lot = await svc.ReceiveAsync(input, ct);
            ETags.Set(response, lot.Version);
            return TypedResults.Created($"/api/v1/stock/lots/{lot.Id}", lot);
        }).WithSummary("Nhập kho / receive a delivery");
        s.MapPost("/lots/{lotId:guid}/adjustments", async (StockService svc, Guid lotId, AdjustInput input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var lot = await svc.AdjustAsync(lotId, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, lot.Version);
            return lot;
        }).WithSummary("Điều chỉnh (kiểm kê, hư hỏng, hủy) / adjust with a reason");
        s.MapPost("/lots/{lotId:guid}/issues", async (StockService svc, Guid lotId, IssueInput input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var lot = await svc.IssueAsync(lotId, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, lot.Version);
            return lot;
        }).WithSummary("Chuyển kho cho trạm khác hoặc trả nhà cung cấp / transfer to a station or return to the supplier");
        s.MapGet("/report", (StockReportService svc, Guid? stationId, string month, CancellationToken ct) =>
        {
            var (y, m) = Month(month);
            return svc.MonthAsync(stationId, y, m, ct);
        }).WithSummary("Báo cáo xuất – nhập – tồn tháng / monthly stock report");
        s.MapGet("/report.xlsx", async (StockReportService svc, Guid? stationId, string month, CancellationToken ct) =>
        {
            var (y, m) = Month(month);
            var report = await svc.MonthAsync(stationId, y, m, ct);
            return TypedResults.File(StockExcel.Month(report), StockExcel.ContentType, $"xuat-nhap-ton-{y}-{m:00}.xlsx");
        });
        s.MapGet("/near-expiry", (StockService svc, Guid? stationId, int? days, CancellationToken ct) => svc.NearExpiryAsync(stationId, days ?? StockService.NearExpiryDays, ct))
            .WithSummary("Lô sắp hết hạn / lots near expiry");
        s.MapGet("/below-minimum", (StockService svc, Guid? stationId, CancellationToken ct) => svc.BelowMinimumAsync(stationId, ct))
            .WithSummary("Thuốc dưới mức tồn tối thiểu / drugs below the minimum stock");
        return api;
    }

    /// <summary>"2026-12" → (2026, 12).</summary>
    public static (int Year, int Month) Month(string? month)
    {
        var d = Infrastructure.Input.QueryDates.Month(month, code: "period.invalid");
        return (d.Year, d.Month);
    }
}
