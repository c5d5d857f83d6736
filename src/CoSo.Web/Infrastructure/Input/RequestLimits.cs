using CoSo.Core.Common;
using CoSo.Web.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace CoSo.Web.Infrastructure.Input;

/// <summary>
/// Request body sizes: 1 MB for every request (a JSON visit with 30 prescription lines and four notes of 4,000
/// characters is under 40 KB), larger only where an endpoint declares it (<c>.WithMetadata(new RequestSizeLimitAttribute(n))</c>,
/// the criteria-set import: <see cref="ImportBodyBytes"/>). Kestrel enforces the limit while it reads a body of unknown length;
/// a declared Content-Length over the limit is refused here before anything is read, with a field message.
/// </summary>
public static class RequestLimits
{
    public const long JsonBodyBytes = 1024 * 1024;

    public const long ImportBodyBytes = 8 * 1024 * 1024;

    public static IApplicationBuilder UseCoSoRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? JsonBodyBytes;
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = limit;
            }

            if (http.Request.ContentLength is { } length && length > limit)
            {
                var problem = CoSoExceptionHandler.FieldProblem(StatusCodes.Status413PayloadTooLarge,
                    [new FieldError(BadRequestFields.Body, "request.tooLarge", limit / 1024)], System.Globalization.CultureInfo.CurrentUICulture);
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
                return;
            }

            await next(http);
        });
}
