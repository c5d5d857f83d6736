using CoSo.Data.Growth;
using CoSo.Data.Organisation;
using CoSo.Web.Api.Nutrition;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Excel;

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

        // Lists of children: audited by the service (one entry per child shown), the workbook as well by the filter.
        api.MapGet("/growth/weighing-due", (WeighingDueService svc, Guid? stationId, Guid? villageId, int? days, CancellationToken ct) => svc.ListAsync(stationId, villageId, days ?? 7, ct))
            .WithTags("Growth").WithSummary("Trẻ dưới 5 tuổi đến hạn cân đo / children under 5 due for weighing");
        api.MapGet("/growth/weighing-due.xlsx", async (WeighingDueService svc, StationResolver stations, Guid? stationId, Guid? villageId, int? days, CancellationToken ct) =>
        {
            var station = await stations.ResolveOrVillagesAsync(stationId, ct);
            var list = await svc.ListAsync(station?.Id, villageId, days ?? 7, ct);
            var title = station?.Name ?? await stations.VillagesTitleAsync(ct);
            return new PersonExport(TypedResults.File(MotherChildExcel.WeighingDue(list, title), ListWorkbook.ContentType, $"can-do-{list.Today:yyyy-MM-dd}.xlsx"), list);
        }).WithTags("Growth").AddEndpointFilter<PersonAuditFilter>();
        return api;
    }
}
