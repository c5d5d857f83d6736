using CoSo.Core.Encounters;
using CoSo.Data.Encounters;
using CoSo.Web.Infrastructure.Audit;

namespace CoSo.Web.Api.Encounters;

public static class VisitEndpoints
{
    public static RouteGroupBuilder MapVisits(this RouteGroupBuilder api)
    {
        var visits = api.MapGroup("/people/{personId:guid}/visits").WithTags("Visits").AddEndpointFilter<PersonAuditFilter>();
        visits.MapGet("/", (VisitService svc, Guid personId, int? page, int? pageSize, CancellationToken ct) => svc.ListAsync(personId, page ?? 1, pageSize ?? 50, ct));
        visits.MapPost("/", async (VisitService svc, Guid personId, VisitInput input, CancellationToken ct) =>
        {
            var visit = await svc.RecordAsync(personId, input, ct);
            return TypedResults.Created($"/api/v1/people/{personId}/visits/{visit.Id}", visit);
        }).WithSummary("Ghi nhận lượt khám / record a visit");
        visits.MapGet("/{visitId:guid}", (VisitService svc, Guid personId, Guid visitId, CancellationToken ct) => svc.GetAsync(personId, visitId, ct));

        api.MapGet("/icd10", (IcdSearch icd, string q, int? limit, CancellationToken ct) => icd.SearchAsync(q, limit ?? 20, ct))
            .WithTags("ICD-10").WithSummary("Tra cứu ICD-10 (không dấu) / search ICD-10");
        return api;
    }
}
