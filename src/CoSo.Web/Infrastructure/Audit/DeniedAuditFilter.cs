using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.Data;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Web.Infrastructure.Audit;

/// <summary>
/// Issue 14, item 2: every id-bearing API route that answers 404 — the id is missing, or outside the user's scope
/// (the same answer, so nothing leaks) — writes one "denied" audit row naming what was asked for: the route in
/// <see cref="AuditEntry.EntityType"/>, the most specific id in <see cref="AuditEntry.EntityId"/>, and the resident
/// when the route names one that exists. Applied to the whole <c>/api/v1</c> group, so a new route cannot miss it.
/// The request's unsaved changes are discarded first: the denied row is saved alone.
/// </summary>
public sealed class DeniedAuditFilter(CoSoDbContext db) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        object? result;
        try
        {
            result = await next(context);
        }
        catch (NotFoundException)
        {
            await AuditDeniedAsync(context.HttpContext);
            throw;
        }

        if (Unwrap(result) is IStatusCodeHttpResult { StatusCode: StatusCodes.Status404NotFound })
        {
            await AuditDeniedAsync(context.HttpContext);
        }

        return result;
    }

    private async Task AuditDeniedAsync(HttpContext http)
    {
        var ids = http.Request.RouteValues.Select(v => (v.Key, Id: Guid.TryParse(v.Value?.ToString(), out var g) ? g : (Guid?)null))
            .Where(v => v.Id is not null).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        db.ChangeTracker.Clear();
        Guid? personId = ids.FirstOrDefault(v => v.Key == "personId").Id;
        string? province = null;
        if (personId is { } p)
        {
            province = await db.People.Unfiltered(UnscopedReason.DeniedAudit).AsNoTracking().Where(x => x.Id == p).Select(x => x.ProvinceCode).FirstOrDefaultAsync();
            if (province is null)
            {
                personId = null; // no such resident: the row names the id, not a person
            }
        }

        var entityId = ids.LastOrDefault(v => v.Key != "personId").Id ?? ids[0].Id;
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.ToString();
        db.AuditRead(AuditActions.Denied, http.Request.Method + " " + route, entityId, personId, province);
        await db.SaveChangesAsync();
    }

    private static object? Unwrap(object? result) => result switch
    {
        INestedHttpResult nested => Unwrap(nested.Result),
        _ => result,
    };
}
