using System.Globalization;
using CoSo.Core.Common;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Web.Fhir;

/// <summary>
/// The FHIR side of the central error mapping: under <c>/fhir</c> every exception becomes an OperationOutcome with the
/// same statuses <c>CoSoExceptionHandler</c> gives <c>/api/v1</c> (validation 400 with one issue per field, stale
/// version 412, missing capability 403, not found or out of scope 404, anything else 500 without details).
/// Registered before <c>CoSoExceptionHandler</c>, which handles every other path.
/// </summary>
public sealed class FhirExceptionHandler(ILogger<FhirExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!FhirOutcomes.IsFhir(httpContext))
        {
            return false;
        }

        var culture = CultureInfo.CurrentUICulture;
        var (status, outcome) = exception switch
        {
            DomainValidationException v => (400, FhirOutcomes.Of(v.Errors, culture)),
            ConcurrencyConflictException or DbUpdateConcurrencyException => (412, FhirOutcomes.Of(OperationOutcome.IssueType.Conflict, Messages.Get("concurrency.conflict", culture))),
            ForbiddenException f => (403, FhirOutcomes.Of(OperationOutcome.IssueType.Forbidden, Messages.Get(f.Code, culture))),
            NotFoundException => (404, FhirOutcomes.Of(OperationOutcome.IssueType.NotFound, Messages.Get("notFound", culture))),
            BadHttpRequestException bad => (bad.StatusCode, FhirOutcomes.Of(OperationOutcome.IssueType.Structure, Messages.Get("validation.title", culture))),
            _ => (500, (OperationOutcome?)null),
        };
        if (outcome is null)
        {
            // The type and trace id only: messages may quote patient data.
            logger.LogError("Unhandled {ExceptionType} on {Path} (trace {TraceId})", exception.GetType().Name, httpContext.Request.Path, httpContext.TraceIdentifier);
            outcome = FhirOutcomes.Of(OperationOutcome.IssueType.Exception, "Lỗi máy chủ / Server error");
        }

        await FhirJson.WriteAsync(httpContext.Response, outcome, status);
        return true;
    }
}
