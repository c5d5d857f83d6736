using CoSo.Data.Growth;
using CoSo.Web.Infrastructure.Audit;

namespace CoSo.Web.Api.Growth;

public static class GrowthEndpoints
{
    public static RouteGroupBuilder MapGrowth(this RouteGroupBuilder api)
    {
        var growth = api.MapGroup("/people/{personId:guid}/growth").WithTags("Growth").AddEndpointFilter<PersonAuditFilter>();
        growth.MapGet("/", (GrowthService svc, Guid personId, CancellationToken ct) => svc.ListAsync(personId, ct))
            .WithSummary("Cân đo và chỉ số Z của trẻ / a child's measurements and WHO z-scores");
        growth.MapPost("/", async (GrowthService svc, Guid personId, GrowthInput input, CancellationToken ct) =>
        {
            var measurement = await svc.RecordAsync(personId, input, ct);
            return TypedResults.Created($"/api/v1/people/{personId}/growth", measurement);
        }).WithSummary("Ghi nhận cân đo (chỉ số Z tính theo WHO) / record a measurement (WHO z-scores computed)");
        return api;
    }
}
