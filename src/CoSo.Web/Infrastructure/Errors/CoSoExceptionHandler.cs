using System.Globalization;
using CoSo.Core.Common;
using CoSo.Web.Infrastructure.Input;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Web.Infrastructure.Errors;

/// <summary>
/// The one place where exceptions become HTTP errors: validation → 400 with field messages in the request's
/// language, stale version → 412, a right the role lacks → 403, not found / out of scope → 404. Anything else is a 500 without details.
/// </summary>
public sealed class CoSoExceptionHandler(IProblemDetailsService problems, ILogger<CoSoExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        ProblemDetails problem;
        switch (exception)
        {
            case DomainValidationException v:
                problem = FieldProblem(400, v.Errors, culture);
                break;
            case ConcurrencyConflictException or DbUpdateConcurrencyException:
                problem = new ProblemDetails { Status = 412, Title = Messages.Get("concurrency.conflict", culture) };
                break;
            case ForbiddenException forbidden:
                problem = new ProblemDetails { Status = 403, Title = Messages.Get(forbidden.Code, culture) };
                problem.Extensions["code"] = forbidden.Code;
                break;
            case NotFoundException:
                problem = new ProblemDetails { Status = 404, Title = Messages.Get("notFound", culture) };
                break;
            case BadHttpRequestException bad:
                // A body or query value the framework could not bind (wrong type, not JSON, missing, too large): the same
                // field-level shape as a rule broken in the domain, never the framework's English text.
                problem = FieldProblem(bad.StatusCode, BadRequestFields.From(bad, httpContext), culture);
                break;
            default:
                // Log the type and trace id only: messages may quote patient data from a failed statement.
                logger.LogError("Unhandled {ExceptionType} on {Path} (trace {TraceId})", exception.GetType().Name, httpContext.Request.Path, httpContext.TraceIdentifier);
                problem = new ProblemDetails { Status = 500, Title = "Lỗi máy chủ / Server error" };
                break;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>400 (or 413/415) with <c>errors</c> (messages in the request's language) and <c>codes</c>, both keyed by field.</summary>
    public static ProblemDetails FieldProblem(int status, IReadOnlyList<FieldError> errors, CultureInfo culture)
    {
        var problem = new ProblemDetails { Status = status, Title = Messages.Get("validation.title", culture) };
        problem.Extensions["errors"] = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message(culture)).ToArray());
        problem.Extensions["codes"] = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray());
        return problem;
    }
}
