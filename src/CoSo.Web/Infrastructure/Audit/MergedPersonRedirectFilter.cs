using CoSo.Data;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Web.Infrastructure.Audit;

/// <summary>
/// A merged-away resident's id keeps working: every API route with a <c>{personId}</c> answers 308 Permanent Redirect
/// to the same route with the kept resident's id (method and body preserved), so a link, a bookmark or a client that
/// still holds the old id reaches the one record. Only a tombstone the actor can see redirects; otherwise the route
/// answers as it would (404 for an id out of scope).
/// </summary>
public sealed class MergedPersonRedirectFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.GetRouteValue("personId")?.ToString() is { } raw && Guid.TryParse(raw, out var personId))
        {
            var db = http.RequestServices.GetRequiredService<CoSoDbContext>();
            var kept = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.MergedIntoId).FirstOrDefaultAsync(http.RequestAborted);
            if (kept is { } keptId)
            {
                var path = http.Request.Path.Value!.Replace(raw, keptId.ToString(), StringComparison.OrdinalIgnoreCase);
                return Results.Redirect(path + http.Request.QueryString, permanent: true, preserveMethod: true);
            }
        }

        return await next(context);
    }
}
