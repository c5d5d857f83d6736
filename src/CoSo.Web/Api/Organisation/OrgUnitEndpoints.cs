using CoSo.Core.Organisation;
using CoSo.Data.Organisation;

namespace CoSo.Web.Api.Organisation;

public static class OrgUnitEndpoints
{
    public static RouteGroupBuilder MapOrganisation(this RouteGroupBuilder api)
    {
        var org = api.MapGroup("/org-units").WithTags("Organisation");
        org.MapGet("/", (OrgUnitService svc, Guid? parentId, OrgUnitKind? kind, CancellationToken ct) => svc.ChildrenAsync(parentId, kind, ct));
        org.MapGet("/stations", (OrgUnitService svc, CancellationToken ct) => svc.StationsInScopeAsync(ct));
        org.MapGet("/{id:guid}", async (OrgUnitService svc, Guid id, CancellationToken ct) =>
            await svc.GetAsync(id, ct) is { } unit ? Results.Ok(unit) : Results.NotFound());
        // An unknown unit is 404 (and a denied audit row), not an empty list.
        org.MapGet("/{id:guid}/villages", async (OrgUnitService svc, Guid id, CancellationToken ct) =>
            await svc.GetAsync(id, ct) is null ? Results.NotFound() : Results.Ok(await svc.ChildrenAsync(id, OrgUnitKind.Village, ct)));

        var admin = api.MapGroup("/admin-units").WithTags("Organisation");
        admin.MapGet("/provinces/{provinceCode}/communes", (OrgUnitService svc, string provinceCode, CancellationToken ct) => svc.CommunesAsync(provinceCode, AdminEdition.Current2025, ct));
        admin.MapGet("/successors/{oldCommuneCode}", (OrgUnitService svc, string oldCommuneCode, CancellationToken ct) => svc.SuccessorsOfAsync(oldCommuneCode, ct))
            .WithSummary("Xã cũ (trước 07/2025) → xã mới / old commune code → new commune(s)");
        return api;
    }
}
