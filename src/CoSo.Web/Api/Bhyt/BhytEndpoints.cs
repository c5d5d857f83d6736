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
        return api;
    }
}
