using CoSo.Data.Nutrition;
using CoSo.Web.Infrastructure.Audit;

namespace CoSo.Web.Api.Nutrition;

/// <summary>/api/v1/nutrition: the vitamin A campaign list; /api/v1/people/{personId}/vitamin-a: a dose given.</summary>
public static class NutritionEndpoints
{
    public static RouteGroupBuilder MapNutrition(this RouteGroupBuilder api)
    {
        api.MapGet("/nutrition/vitamin-a", (VitaminAService svc, Guid? stationId, Guid? villageId, CancellationToken ct) => svc.CampaignAsync(stationId, villageId, ct))
            .WithTags("Nutrition").WithSummary("Trẻ 6–36 tháng và liều vitamin A đến hạn / children 6–36 months and the vitamin A dose due");
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
}
