using CoSo.Data.FamilyPlanning;
using CoSo.Data.Organisation;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Errors;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.Web.Api.FamilyPlanning;

/// <summary>/api/v1/people/{personId}/family-planning and /api/v1/family-planning/due: methods, supplies, stops, reminders.</summary>
public static class FamilyPlanningEndpoints
{
    public static RouteGroupBuilder MapFamilyPlanning(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/people/{personId:guid}/family-planning").WithTags("Family planning").AddEndpointFilter<PersonAuditFilter>();
        g.MapGet("/", (FamilyPlanningService svc, Guid personId, CancellationToken ct) => svc.ListAsync(personId, ct))
            .WithSummary("Các biện pháp tránh thai của người dân / a resident's contraceptive methods");
        g.MapPost("/", async (FamilyPlanningService svc, Guid personId, StartMethodInput input, HttpResponse response, CancellationToken ct) =>
        {
            var use = await svc.StartAsync(personId, input, ct);
            ETags.Set(response, use.Version);
            return TypedResults.Created($"/api/v1/people/{personId}/family-planning/{use.Id}", use);
        }).WithSummary("Bắt đầu một biện pháp (cấp lần đầu) / start a method");
        g.MapPost("/{useId:guid}/supplies", async (FamilyPlanningService svc, Guid personId, Guid useId, SupplyInput input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var use = await svc.SupplyAsync(personId, useId, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, use.Version);
            return use;
        }).WithSummary("Cấp tiếp (vỉ thuốc, mũi tiêm, bao cao su) / give a supply");
        g.MapPost("/{useId:guid}/stop", async (FamilyPlanningService svc, Guid personId, Guid useId, StopMethodInput input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var use = await svc.StopAsync(personId, useId, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, use.Version);
            return use;
        }).WithSummary("Ngừng biện pháp / stop a method");
        api.MapGet("/family-planning/due", (FamilyPlanningService svc, Guid? stationId, Guid? villageId, int? days, CancellationToken ct) => svc.DueAsync(stationId, villageId, days ?? 7, ct))
            .WithTags("Family planning").WithSummary("Đến hạn cấp tiếp / due for a resupply");
        api.MapGet("/family-planning/due.xlsx", async (FamilyPlanningService svc, StationResolver stations, TimeProvider time, Guid? stationId, Guid? villageId, int? days, CancellationToken ct) =>
        {
            var station = await stations.ResolveOrVillagesAsync(stationId, ct);
            var list = await svc.DueAsync(station?.Id, villageId, days ?? 7, ct);
            var title = station?.Name ?? await stations.VillagesTitleAsync(ct);
            var today = Core.Common.VietnamClock.Today(time);
            return new PersonExport(TypedResults.File(Nutrition.MotherChildExcel.FamilyPlanningDue(list, title, today), ListWorkbook.ContentType, $"khhgd-den-han-{today:yyyy-MM-dd}.xlsx"),
                new Nutrition.NutritionEndpoints.PersonList(list.Select(i => (i.PersonId, i.ProvinceCode)).ToList()));
        }).WithTags("Family planning").AddEndpointFilter<PersonAuditFilter>();
        return api;
    }
}
