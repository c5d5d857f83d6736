using System.Globalization;
using CoSo.Core.Common;
using CoSo.Web.Fhir.Export;
using CoSo.Web.Infrastructure.Audit;
using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir;

/// <summary>
/// <c>/fhir</c>: FHIR R4 over CoSo's data services. Routes come from <see cref="FhirRegistry"/>; the group carries the
/// same filters as <c>/api/v1</c> (authorization, <see cref="DeniedAuditFilter"/>, <see cref="PersonAuditFilter"/>), so
/// scope, denied audit and read audit are the ones of the rest of CoSo.
/// </summary>
public static class FhirEndpoints
{
    public static WebApplication MapFhir(this WebApplication app)
    {
        var fhir = app.MapGroup("/fhir").WithTags("FHIR").ExcludeFromDescription().RequireAuthorization()
            .AddEndpointFilter<DeniedAuditFilter>().AddEndpointFilter<PersonAuditFilter>();
        fhir.AddEndpointFilter<Smart.SmartScopeFilter>(); // a system client's SMART scopes (403 for a type it lacks)

        // FHIR clients read the CapabilityStatement before signing in (R4 §3.1.0.10): it names no resident.
        fhir.MapGet("/metadata", (HttpRequest request, TimeProvider time) => FhirAnswer.NoPeople(CapabilityStatementBuilder.Build(request, VietnamClock.Today(time))))
            .AllowAnonymous();

        foreach (var def in FhirRegistry.Resources)
        {
            fhir.MapGet($"/{def.Type}", async (HttpContext http, FhirIncludes includes, CancellationToken ct) =>
            {
                var search = FhirSearch.Parse(def, http.Request.Query, Strict(http.Request));
                return await includes.AddAsync(http.Request, search, await Handler(http, def).SearchAsync(search, ct), ct);
            });
            // The id is the whole last segment, whatever the route names its parts (FhirResourceDefinition.IdRoute).
            fhir.MapGet($"/{def.Type}/{def.IdRoute}", (HttpContext http, CancellationToken ct) =>
                Handler(http, def).ReadAsync(Uri.UnescapeDataString(http.Request.Path.Value![(http.Request.Path.Value!.LastIndexOf('/') + 1)..]), ct));
        }

        fhir.MapPost("/Patient", (HttpContext http, Resources.PatientWriter writer, CancellationToken ct) => writer.CreateAsync(http, ct));
        fhir.MapPost("/", (HttpContext http, Resources.VisitTransactionWriter writer, CancellationToken ct) => writer.ExecuteAsync(http, ct));
        fhir.MapPut("/Patient/{personId:guid}", (HttpContext http, Guid personId, Resources.PatientWriter writer, CancellationToken ct) => writer.UpdateAsync(http, personId, ct));

        fhir.MapBulkExport();
        Subscriptions.SubscriptionEndpoints.MapFhirSubscriptions(fhir);

        // $summary, $everything, $match, $lastn (FhirRegistry.Operations): the same filters, so the same scope and audit.
        foreach (var op in FhirRegistry.Operations.Where(o => !o.MappedElsewhere))
        {
            fhir.MapMethods(op.Route, [op.Method], (HttpContext http, Resources.FhirOperationHandler ops, CancellationToken ct) => ops.InvokeAsync(op, http, ct));
        }

        // Anything else under /fhir: an OperationOutcome, not the HTML or ProblemDetails of the rest of the app.
        fhir.MapFallback((HttpContext http) => new FhirAnswer(
            FhirOutcomes.Of(OperationOutcome.IssueType.NotSupported, Messages.Get("fhir.unknownType", CultureInfo.CurrentUICulture, http.Request.Method + " " + http.Request.Path)),
            [], status: StatusCodes.Status404NotFound));
        return app;
    }

    private static bool Strict(HttpRequest request) =>
        request.Headers["Prefer"].Any(v => v is not null && v.Split(',', StringSplitOptions.TrimEntries).Contains("handling=strict", StringComparer.OrdinalIgnoreCase));

    private static IFhirResourceHandler Handler(HttpContext http, FhirResourceDefinition def) =>
        (IFhirResourceHandler)http.RequestServices.GetRequiredService(def.Handler);
}
