using CoSo.Core.Encounters;
using CoSo.Data.Encounters;
using CoSo.Data.Pharmacy;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Errors;

namespace CoSo.Web.Api.Encounters;

public static class VisitEndpoints
{
    public static RouteGroupBuilder MapVisits(this RouteGroupBuilder api)
    {
        var visits = api.MapGroup("/people/{personId:guid}/visits").WithTags("Visits").AddEndpointFilter<PersonAuditFilter>();
        visits.MapGet("/", (VisitService svc, Guid personId, int? page, int? pageSize, CancellationToken ct) => svc.ListAsync(personId, page ?? 1, pageSize ?? 50, ct));
        visits.MapPost("/", async (VisitService svc, Guid personId, VisitInput input, HttpResponse response, CancellationToken ct) =>
        {
            var visit = await svc.RecordAsync(personId, input, ct);
            ETags.Set(response, visit.Version);
            return TypedResults.Created($"/api/v1/people/{personId}/visits/{visit.Id}", visit);
        }).WithSummary("Ghi nhận lượt khám (kê đơn, phát thuốc, tái khám mạn tính trong cùng giao dịch) / record a visit");
        visits.MapGet("/{visitId:guid}", async (VisitService svc, Guid personId, Guid visitId, HttpResponse response, CancellationToken ct) =>
        {
            var visit = await svc.GetAsync(personId, visitId, ct);
            ETags.Set(response, visit.Version);
            return visit;
        });
        visits.MapPut("/{visitId:guid}", async (VisitCorrections svc, Guid personId, Guid visitId, VisitInput input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var visit = await svc.UpdateAsync(personId, visitId, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, visit.Version);
            return visit;
        }).WithSummary("Sửa lượt khám (giữ lịch sử) / correct a visit (history kept)");
        visits.MapPost("/{visitId:guid}/void", async (VisitCorrections svc, Guid personId, Guid visitId, VoidInput input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var visit = await svc.VoidAsync(personId, visitId, input.Reason, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, visit.Version);
            return visit;
        }).WithSummary("Hủy lượt khám có lý do / void a visit with a reason");
        visits.MapPost("/{visitId:guid}/dispense", async (VisitCorrections svc, Guid personId, Guid visitId, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var visit = await svc.DispenseAsync(personId, visitId, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, visit.Version);
            return visit;
        }).WithSummary("Phát thuốc của đơn đã kê / dispense the prescription");
        visits.MapGet("/{visitId:guid}/history", (VisitCorrections svc, Guid personId, Guid visitId, CancellationToken ct) => svc.HistoryAsync(personId, visitId, ct))
            .WithSummary("Các phiên bản trước của lượt khám / earlier versions of a visit");
        visits.MapPost("/{visitId:guid}/lines/{lineId:guid}/returns", async (StockService svc, Guid personId, Guid visitId, Guid lineId, PatientReturnInput input, CancellationToken ct) =>
        {
            await svc.ReturnFromPatientAsync(personId, visitId, lineId, input, ct);
            return TypedResults.NoContent();
        }).WithSummary("Người bệnh trả lại thuốc / patient returns dispensed units");

        api.MapGet("/icd10", (IcdSearch icd, string q, int? limit, CancellationToken ct) => icd.SearchAsync(q, limit ?? 20, ct))
            .WithTags("ICD-10").WithSummary("Tra cứu ICD-10 (không dấu) / search ICD-10");
        return api;
    }

    /// <summary>Body of a void.</summary>
    public sealed record VoidInput(string? Reason);
}
