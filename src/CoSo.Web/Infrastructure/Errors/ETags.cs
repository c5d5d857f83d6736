using System.Globalization;
using CoSo.Core.Common;

namespace CoSo.Web.Infrastructure.Errors;

/// <summary>ETag = the row's version number; updates must send it back in If-Match (optimistic concurrency).</summary>
public static class ETags
{
    public static void Set(HttpResponse response, int version) =>
        response.Headers.ETag = "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    public static int RequireIfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        value = value.Trim('"');
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new DomainValidationException("If-Match", "concurrency.ifMatchRequired");
        }

        return version;
    }
}
