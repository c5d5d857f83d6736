using CoSo.Data.Nutrition;
using CoSo.Data.Organisation;
using CoSo.Data.People;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.Web.Api.Nutrition;

/// <summary>/api/v1/nutrition: the vitamin A campaign list; /api/v1/people/{personId}/vitamin-a: a dose given.</summary>
public static class NutritionEndpoints
{
    public static RouteGroupBuilder MapNutrition(this RouteGroupBuilder api)
    {
        api.MapGet("/nutrition/vitamin-a", (VitaminAService svc, Guid? stationId, Guid? villageId, CancellationToken ct) => svc.CampaignAsync(stationId, villageId, ct))
            .WithTags("Nutrition").WithSummary("Trẻ 6–36 tháng và liều vitamin A đến hạn / children 6–36 months and the vitamin A dose due");
        api.MapGet("/nutrition/vitamin-a.xlsx", async (VitaminAService svc, StationResolver stations, TimeProvider time, Guid? stationId, Guid? villageId, CancellationToken ct) =>
        {
            var station = await stations.ResolveOrVillagesAsync(stationId, ct);
            var list = await svc.CampaignAsync(station?.Id, villageId, ct);
            var title = station?.Name ?? await stations.VillagesTitleAsync(ct);
            var today = Core.Common.VietnamClock.Today(time);
            return new PersonExport(TypedResults.File(MotherChildExcel.VitaminA(list, title, today), ListWorkbook.ContentType, $"vitamin-a-{today:yyyy-MM-dd}.xlsx"),
                new PersonList(list.Select(c => (c.PersonId, c.ProvinceCode)).ToList()));
        }).WithTags("Nutrition").AddEndpointFilter<PersonAuditFilter>();
        var person = api.MapGroup("/people/{personId:guid}/vitamin-a").WithTags("Nutrition").AddEndpointFilter<PersonAuditFilter>();
        person.MapPost("/", async (VitaminAService svc, Guid personId, VitaminAInput input, CancellationToken ct) =>
        {
            var dose = await svc.RecordAsync(personId, input.GivenOn, ct);
            return TypedResults.Created($"/api/v1/people/{personId}/vitamin-a/{dose.Id}", new { dose.Id, dose.PersonId, dose.GivenOn, dose.DoseIu });
        }).WithSummary("Ghi liều vitamin A / record a vitamin A dose");
        return api;
    }

    /// <summary>Body of a dose: the day it was given (today when omitted).</summary>
    public sealed record VitaminAInput(DateOnly? GivenOn);

    /// <summary>The residents a list carries, for the audit of its export.</summary>
    public sealed record PersonList(IReadOnlyList<(Guid PersonId, string ProvinceCode)> Items) : IPersonReference
    {
        public IEnumerable<(Guid PersonId, string ProvinceCode)> People => Items;
    }
}
