using System.Globalization;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Web.Infrastructure.Auth;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Smart;

/// <summary>
/// A system client's SMART scopes on <c>/fhir</c>: a resource type (or an <c>_include</c>/<c>_revinclude</c> type) its
/// scopes do not cover answers 403 with an OperationOutcome. Users are not affected (their role decides, as before). What
/// the scopes allow then goes through the same scoped reads and audit as a user's: another unit's resident is 404.
/// </summary>
public sealed class SmartScopeFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var actor = http.RequestServices.GetRequiredService<HttpCurrentActor>();
        if (actor.Client is null)
        {
            return await next(context);
        }

        var segments = (http.Request.Path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || FhirRegistry.Resources.All(r => r.Type != segments[1]))
        {
            return await next(context); // metadata, or an unknown route (its own 404)
        }

        var type = segments[1];
        var interaction = HttpMethods.IsPost(http.Request.Method) ? SmartInteraction.Create
            : HttpMethods.IsDelete(http.Request.Method) ? SmartInteraction.Delete
            : segments.Length > 2 ? SmartInteraction.Read : SmartInteraction.Search;
        var needed = new List<(string Type, SmartInteraction Interaction)> { (type, interaction) };
        // _include=Encounter:patient[:Patient] brings Patients (every include pair targets Patient); _revinclude=Coverage:… Coverages.
        needed.AddRange(http.Request.Query["_include"].Where(v => v is not null).Select(v => v!.Split(':')).Select(p => (p.Length > 2 ? p[2] : "Patient", SmartInteraction.Search)));
        needed.AddRange(http.Request.Query["_revinclude"].Where(v => v is not null).Select(v => (v!.Split(':')[0], SmartInteraction.Search)));
        foreach (var (t, i) in needed)
        {
            if (!SmartScope.Allows(actor.ClientScopes, t, i))
            {
                var text = Messages.Get("fhir.scope", CultureInfo.CurrentUICulture, t, i.ToString().ToLowerInvariant());
                return new FhirAnswer(FhirOutcomes.Of(OperationOutcome.IssueType.Forbidden, text), [], status: StatusCodes.Status403Forbidden);
            }
        }

        return await next(context);
    }
}
