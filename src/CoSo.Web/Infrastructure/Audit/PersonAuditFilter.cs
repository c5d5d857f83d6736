using CoSo.Core.Audit;
using CoSo.Data;
using CoSo.Data.People;

namespace CoSo.Web.Infrastructure.Audit;

/// <summary>
/// Audits reads of residents' data for every endpoint of a group: one "read" entry per resident in the response
/// (any value implementing <see cref="IPersonReference"/>). A request that names a resident outside the user's scope
/// (answered 404, like a resident that does not exist) gets its "denied" row from <see cref="DeniedAuditFilter"/>,
/// which covers every id-bearing route.
/// Writes are audited by the data context in the same transaction as the write.
/// </summary>
public sealed class PersonAuditFilter(CoSoDbContext db) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);

        var value = Unwrap(result);
        // The duplicate check is a POST (the typed registration form is its query), and it returns residents: a search.
        if (value is IReadOnlyList<PersonSummary> candidates && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<AuditAsSearch>() is not null)
        {
            value = new PersonPage(candidates, 1, candidates.Count, false);
        }

        if (value is IPersonReference refs && (context.HttpContext.Request.Method == HttpMethods.Get || refs.IsSearch))
        {
            var action = refs.IsSearch ? AuditActions.Search : AuditActions.Read;
            foreach (var (personId, province) in refs.People.Distinct())
            {
                db.AuditRead(action, context.HttpContext.GetEndpoint()?.DisplayName ?? "api", null, personId, province);
            }

            await db.SaveChangesAsync(context.HttpContext.RequestAborted);
        }

        return result;
    }

    private static object? Unwrap(object? result) => result switch
    {
        INestedHttpResult nested => Unwrap(nested.Result),
        IValueHttpResult value => value.Value,
        _ => result,
    };
}

/// <summary>Marks a non-GET endpoint whose answer lists residents (the duplicate check): its residents are audited as a search.</summary>
public sealed class AuditAsSearch;
