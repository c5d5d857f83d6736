using CoSo.Core.Identity;
using CoSo.Data.Audit;
using CoSo.Web.Infrastructure.Auth;

namespace CoSo.Web.Api.Audit;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        // Read-only by design: there is no endpoint that edits or deletes audit entries.
        api.MapGet("/audit", (AuditQuery audit, Guid? personId, Guid? userId, int? page, int? pageSize, CancellationToken ct) =>
                audit.ListAsync(personId, userId, page ?? 1, pageSize ?? 100, ct))
            .WithTags("Audit")
            .RequireCapability(Capability.ReadAudit);
        return api;
    }
}
