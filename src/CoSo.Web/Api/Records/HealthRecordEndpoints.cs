using CoSo.Core.Records;
using CoSo.Data.Records;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Errors;

namespace CoSo.Web.Api.Records;

public static class HealthRecordEndpoints
{
    public static RouteGroupBuilder MapHealthRecords(this RouteGroupBuilder api)
    {
        var records = api.MapGroup("/people/{personId:guid}/health-record").WithTags("Health records").AddEndpointFilter<PersonAuditFilter>();
        records.MapGet("/", async (HealthRecordService svc, Guid personId, HttpResponse response, CancellationToken ct) =>
        {
            var record = await svc.GetAsync(personId, ct);
            ETags.Set(response, record.Version);
            return TypedResults.Ok(record);
        });
        records.MapPut("/", async (HealthRecordService svc, Guid personId, HealthRecordInput input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var saved = await svc.SaveAsync(personId, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, saved.Version);
            return TypedResults.Ok(saved);
        }).WithSummary("Cập nhật hồ sơ sức khỏe, giữ lịch sử (cần If-Match; \"0\" khi chưa có) / update, history kept");
        records.MapGet("/history", (HealthRecordService svc, Guid personId, CancellationToken ct) => svc.HistoryAsync(personId, ct));
        return api;
    }
}
