using System.Globalization;
using CoSo.Core.Common;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace CoSo.Web.Fhir;

/// <summary>OperationOutcome bodies, their text in the request's language (Vietnamese by default, <c>Accept-Language: en</c>).</summary>
public static class FhirOutcomes
{
    public static OperationOutcome Of(OperationOutcome.IssueType code, string text, IEnumerable<string>? expression = null)
    {
        var issue = new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = code, Diagnostics = text };
        if (expression is not null)
        {
            issue.Expression = expression.ToList();
        }

        return new OperationOutcome { Issue = [issue] };
    }

    /// <summary>
    /// One issue per field error. A field that is a FHIRPath into the resource (<c>Patient.birthDate</c>) goes to
    /// <c>expression</c>; a search parameter's name goes to the text, since it is not a path into any resource.
    /// </summary>
    public static OperationOutcome Of(IReadOnlyList<FieldError> errors, CultureInfo culture)
    {
        var outcome = new OperationOutcome();
        foreach (var e in errors)
        {
            var issue = new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Error,
                Code = OperationOutcome.IssueType.Invalid,
                Details = new CodeableConcept { Text = e.Code },
            };
            if (e.Field.Length > 0 && char.IsAsciiLetterUpper(e.Field[0]) && e.Field.Contains('.', StringComparison.Ordinal))
            {
                issue.Expression = [e.Field];
                issue.Diagnostics = e.Message(culture);
            }
            else
            {
                issue.Diagnostics = $"{e.Field}: {e.Message(culture)}";
            }

            outcome.Issue.Add(issue);
        }

        if (outcome.Issue.Count == 0)
        {
            outcome.Issue.Add(new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = OperationOutcome.IssueType.Invalid, Diagnostics = Messages.Get("validation.title", culture) });
        }

        return outcome;
    }

    public static bool IsFhir(HttpContext http) => http.Request.Path.StartsWithSegments("/fhir", StringComparison.Ordinal);

    /// <summary>
    /// Anonymous request (the cookie challenge): 401, a challenge naming how to authenticate, and an OperationOutcome —
    /// never the redirect to the login page that cookie authentication does by default.
    /// </summary>
    public static Task WriteUnauthenticatedAsync(HttpContext http)
    {
        // RFC 9110 §11.6.1 requires a challenge with a 401: two, a bearer token (system clients, SMART Backend Services;
        // RFC 6750 §3 with error="invalid_token" when one was sent) and the session cookie with where it is obtained.
        var bearer = Smart.SmartAuthentication.HasBearer(http.Request);
        http.Response.Headers.Append("WWW-Authenticate", bearer ? "Bearer realm=\"CoSo\", error=\"invalid_token\"" : "Bearer realm=\"CoSo\"");
        http.Response.Headers.Append("WWW-Authenticate", "Cookie realm=\"CoSo\", form-action=\"/api/v1/auth/login\", cookie-name=\"coso.auth\"");
        var text = Messages.Get(bearer ? "fhir.invalidToken" : "fhir.unauthenticated", CultureInfo.CurrentUICulture);
        return FhirJson.WriteAsync(http.Response, Of(OperationOutcome.IssueType.Login, text), StatusCodes.Status401Unauthorized);
    }

    public static Task WriteForbiddenAsync(HttpContext http) =>
        FhirJson.WriteAsync(http.Response, Of(OperationOutcome.IssueType.Forbidden, Messages.Get("access.capability", CultureInfo.CurrentUICulture)), StatusCodes.Status403Forbidden);
}
