using CoSo.Data.People;
using CoSo.Web.Infrastructure.Audit;

namespace CoSo.Web.Api.People;

public static class HouseholdEndpoints
{
    public static RouteGroupBuilder MapHouseholds(this RouteGroupBuilder api)
    {
        var households = api.MapGroup("/households").WithTags("Households").AddEndpointFilter<PersonAuditFilter>();
        households.MapPost("/", async (HouseholdService svc, HouseholdInput input, CancellationToken ct) =>
        {
            var created = await svc.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/households/{created.Id}", created);
        });
        households.MapGet("/{householdId:guid}", (HouseholdService svc, Guid householdId, CancellationToken ct) => svc.GetAsync(householdId, ct));
        return api;
    }
}
