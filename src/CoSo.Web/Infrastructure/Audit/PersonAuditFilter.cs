using CoSo.Core.Audit;
using CoSo.Core.Common;
using CoSo.Data;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Web.Infrastructure.Audit;

/// <summary>
/// Audits reads of residents' data for every endpoint of a group: one "read" entry per resident in the response
/// (any value implementing <see cref="IPersonReference"/>), and a "denied" entry when a request names a resident
/// that exists outside the user's scope (answered 404, like a resident that does not exist).
/// Writes are audited by the data context in the same transaction as the write.
/// </summary>
public sealed class PersonAuditFilter(CoSoDbContext db) : IEndpointFilter
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

        if (context.HttpContext.Request.Method == HttpMethods.Get && Unwrap(result) is IPersonReference refs)
        {
            var action = refs is PersonPage ? AuditActions.Search : AuditActions.Read;
            foreach (var (personId, province) in refs.People.Distinct())
            {
                db.AuditRead(action, context.HttpContext.GetEndpoint()?.DisplayName ?? "api", null, personId, province);
            }

            await db.SaveChangesAsync(context.HttpContext.RequestAborted);
        }

        return result;
    }

    private async Task AuditDeniedAsync(HttpContext http)
    {
        if (!Guid.TryParse(http.GetRouteValue("personId")?.ToString(), out var personId))
        {
            return;
        }

        db.ChangeTracker.Clear();
        var target = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.ProvinceCode }).FirstOrDefaultAsync();
        if (target is null)
        {
            return;
        }

        db.AuditRead(AuditActions.Denied, http.Request.Method + " " + http.Request.Path, null, personId, target.ProvinceCode);
        await db.SaveChangesAsync();
    }

    private static object? Unwrap(object? result) => result switch
    {
        INestedHttpResult nested => Unwrap(nested.Result),
        IValueHttpResult value => value.Value,
        _ => result,
    };
}
