using CoSo.Core.Bhyt;
using CoSo.Core.Identity;
using CoSo.Data.Bhyt;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Auth;

namespace CoSo.Web.Api.Bhyt;

/// <summary>/api/v1/bhyt: a station's claims with their findings, a claim's file, and batches sent to the gateway.</summary>
public static class BhytEndpoints
{
    public static RouteGroupBuilder MapBhyt(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/bhyt").WithTags("BHYT").AddEndpointFilter<PersonAuditFilter>().RequireCapability(Capability.ManageClaims);
        g.MapGet("/claims", (ClaimService svc, Guid? station, DateOnly from, DateOnly to, ClaimStatus? status, CancellationToken ct) => svc.ListAsync(station, from, to, status, ct))
            .WithSummary("Hồ sơ BHYT của trạm trong kỳ / a station's claims in a period");
        g.MapGet("/claims/{id:guid}", (ClaimService svc, Guid id, CancellationToken ct) => svc.GetAsync(id, ct))
            .WithSummary("Hồ sơ kèm các lỗi kiểm tra và các phiên bản / a claim with its findings and versions");
        g.MapGet("/claims/{id:guid}/xml", async (ClaimService svc, Guid id, CancellationToken ct) =>
        {
            var (name, content) = await svc.XmlAsync(id, ct);
            return TypedResults.File(content, "application/xml", name);
        }).WithSummary("Tệp GIAMDINHHS của hồ sơ / the claim's GIAMDINHHS file");
        g.MapPost("/batches", async (ClaimService svc, ClaimBatchInput input, CancellationToken ct) =>
        {
            var batch = await svc.SubmitAsync(input, ct);
            return TypedResults.Created($"/api/v1/bhyt/batches/{batch.Id}", batch);
        }).WithSummary("Gửi các hồ sơ đạt kiểm tra của kỳ / submit the period's checked claims");
        g.MapGet("/summary", (ClaimSummaryService svc, Guid? station, string month, CancellationToken ct) =>
        {
            var (y, m) = Pharmacy.PharmacyEndpoints.Month(month);
            return svc.MonthAsync(station, y, m, ct);
        }).WithSummary("Tổng hợp tháng của trạm: lượt, tiền theo quỹ/cùng chi trả/tự trả, theo thuốc và dịch vụ / a station's monthly summary");
        g.MapGet("/summary.xlsx", async (ClaimSummaryService svc, Guid? station, string month, CancellationToken ct) =>
        {
            var (y, m) = Pharmacy.PharmacyEndpoints.Month(month);
            var summary = await svc.MonthAsync(station, y, m, ct);
            return TypedResults.File(ClaimSummaryExcel.Month(summary), ClaimSummaryExcel.ContentType, $"bhyt-tong-hop-{y}-{m:00}.xlsx");
        }).WithSummary("Tổng hợp tháng (Excel) / the monthly summary as a workbook");
        return api;
    }
}
