using CoSo.Core.Reception;
using CoSo.Data.Reception;
using CoSo.Web.Infrastructure.Errors;

namespace CoSo.Web.Api.Reception;

/// <summary>/api/v1/reception and /api/v1/queue: the desk's BHYT check, arrivals, the day's queue, calling the next patient.
/// Reads of residents are audited by the services; writes by the data context.</summary>
public static class ReceptionEndpoints
{
    public static RouteGroupBuilder MapReception(this RouteGroupBuilder api)
    {
        var r = api.MapGroup("/reception").WithTags("Reception");
        r.MapGet("/check", (ReceptionService svc, Guid personId, Guid? stationId, bool? emergency, bool? renewalReceipt, CancellationToken ct) =>
            svc.CheckAsync(personId, stationId, emergency ?? false, renewalReceipt ?? false, ct))
            .WithSummary("Kiểm tra thẻ BHYT tại tiếp đón / BHYT card check at the desk");
        r.MapPost("/arrivals", async (ReceptionService svc, ArrivalInput input, HttpResponse response, CancellationToken ct) =>
        {
            var arrival = await svc.ReceiveAsync(input, ct);
            ETags.Set(response, arrival.Version);
            return TypedResults.Created($"/api/v1/queue/arrivals/{arrival.Id}", arrival);
        }).WithSummary("Tiếp đón: cấp số thứ tự / receive a resident, give a queue number");

        var q = api.MapGroup("/queue").WithTags("Reception");
        q.MapGet("/", (QueueService svc, Guid? stationId, DateOnly? date, CancellationToken ct) => svc.TodayAsync(stationId, date, ct))
            .WithSummary("Hàng chờ trong ngày / the day's queue");
        q.MapPost("/call-next", async (QueueService svc, Guid? stationId, HttpResponse response, CancellationToken ct) =>
        {
            var a = await svc.CallNextAsync(stationId, ct);
            ETags.Set(response, a.Version);
            return a;
        }).WithSummary("Gọi người tiếp theo / call the next patient");
        q.MapPost("/arrivals/{arrivalId:guid}/call", async (QueueService svc, Guid arrivalId, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var a = await svc.CallAsync(arrivalId, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, a.Version);
            return a;
        }).WithSummary("Gọi một người bệnh / call a given patient");
        q.MapPost("/arrivals/{arrivalId:guid}/status", async (QueueService svc, Guid arrivalId, StatusInput input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var a = await svc.SetStatusAsync(arrivalId, input.Status, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, a.Version);
            return a;
        }).WithSummary("Đổi trạng thái (bỏ về, chờ lại) / set the state (left, waiting again)");
        return api;
    }

    /// <summary>Body of the status change.</summary>
    public sealed record StatusInput(ArrivalStatus Status);
}
