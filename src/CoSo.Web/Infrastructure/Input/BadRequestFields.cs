using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoSo.Core.Common;
using Microsoft.AspNetCore.Http.Metadata;

namespace CoSo.Web.Infrastructure.Input;

/// <summary>
/// Turns the framework's binding failures (a JSON body that does not parse or has a value of the wrong type, a missing
/// body, a query value that is not a date or a number, a body that is too large) into field errors with CoSo's codes,
/// so that they reach the client in Vietnamese or English like every other validation error, keyed by the JSON path of
/// the field ("birthDate", "prescriptions[0].quantity") or the query parameter's name. The framework's own texts
/// (English, naming internal types such as "PersonInput input") are never shown.
/// </summary>
public static partial class BadRequestFields
{
    /// <summary>The field name used when the problem is the body as a whole (not JSON, an array instead of an object, missing).</summary>
    public const string Body = "body";

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\"]*) (?<name>[^\" ]+)\" from")]
    private static partial Regex BindFailed();

    [GeneratedRegex("^Required parameter \"(?<type>[^\"]*) (?<name>[^\" ]+)\" was not provided from (?<source>.+?)\\.?$")]
    private static partial Regex RequiredMissing();

    [GeneratedRegex("parameter \"(?<type>[^\"]*) (?<name>[^\" ]+)\"")]
    private static partial Regex ParameterNamed();

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]|\['(?<quoted>(?:[^']|'')*)'\]")]
    private static partial Regex PathToken();

    public static IReadOnlyList<FieldError> From(BadHttpRequestException bad, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(bad);
        ArgumentNullException.ThrowIfNull(http);
        // The exception handler clears the request's endpoint before handlers run; its feature keeps the original.
        var endpoint = http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint ?? http.GetEndpoint();
        if (Find<JsonException>(bad) is { } json)
        {
            // "Failed to read parameter "PersonInput input" from the request body as JSON.": the handler's parameter names the model.
            var body = ParameterNamed().Match(bad.Message) is { Success: true } m ? ParameterType(endpoint, m.Groups["name"].Value) : null;
            return [FromJson(json, body ?? endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType)];
        }

        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? RequestLimits.JsonBodyBytes;
            return [new FieldError(Body, "request.tooLarge", limit / 1024)];
        }

        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return [new FieldError(Body, "request.contentType")];
        }

        if (BindFailed().Match(bad.Message) is { Success: true } failed)
        {
            var type = ParameterType(endpoint, failed.Groups["name"].Value);
            return [new FieldError(failed.Groups["name"].Value, TypeCode(type), TypeArgs(type))];
        }

        if (RequiredMissing().Match(bad.Message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? [new FieldError(Body, "request.bodyMissing")]
                : [new FieldError(missing.Groups["name"].Value, "required")];
        }

        if (bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal))
        {
            return [new FieldError(Body, "request.bodyMissing")];
        }

        return [new FieldError(Body, "request.invalid")];
    }

    private static FieldError FromJson(JsonException json, Type? bodyType)
    {
        var field = FieldName(json.Path);
        if (json is JsonFieldException own)
        {
            return new FieldError(field, own.Code, [.. own.Args]);
        }

        // The reader's own exception type is internal: it means the text is not JSON (truncated, a stray comma, too deep).
        if (json.InnerException?.GetType().Name == "JsonReaderException")
        {
            return new FieldError(field, "request.json", (json.LineNumber ?? 0) + 1, (json.BytePositionInLine ?? 0) + 1);
        }

        var type = bodyType is null ? null : TypeAt(bodyType, json.Path);
        return new FieldError(field, TypeCode(type), TypeArgs(type));
    }

    /// <summary>"$.prescriptions[0].quantity" → "prescriptions[0].quantity"; "$" → "body".</summary>
    public static string FieldName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return Body;
        }

        var parts = new List<string>();
        foreach (Match m in PathToken().Matches(path))
        {
            if (m.Groups["index"].Success)
            {
                if (parts.Count == 0)
                {
                    parts.Add(Body);
                }

                parts[^1] += "[" + m.Groups["index"].Value + "]";
            }
            else
            {
                parts.Add(m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["quoted"].Value.Replace("''", "'", StringComparison.Ordinal));
            }
        }

        return parts.Count == 0 ? Body : string.Join('.', parts);
    }

    /// <summary>The declared type of the value at a JSON path of the body type, or null when the path leaves the model.</summary>
    public static Type? TypeAt(Type root, string? path)
    {
        ArgumentNullException.ThrowIfNull(root);
        Type? type = root;
        foreach (Match m in PathToken().Matches(path ?? string.Empty))
        {
            if (type is null)
            {
                return null;
            }

            type = Nullable.GetUnderlyingType(type) ?? type;
            if (m.Groups["index"].Success)
            {
                type = ElementType(type);
                continue;
            }

            var name = m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["quoted"].Value;
            type = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }

        return type;
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static string TypeCode(Type? type)
    {
        if (type is null)
        {
            return "request.type";
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(DateOnly) => "request.type.date",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "request.type.dateTime",
            _ when type == typeof(TimeOnly) => "request.type.time",
            _ when type == typeof(Guid) => "request.type.id",
            _ when type == typeof(bool) => "request.type.bool",
            _ when type.IsEnum => "request.type.choice",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) => "request.type.integer",
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => "request.type.number",
            _ when type == typeof(string) => "request.type.text",
            _ when type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) => "request.type.list",
            _ => "request.type.object",
        };
    }

    private static object?[] TypeArgs(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            { IsEnum: true } => [string.Join(", ", Enum.GetNames(type))],
            _ => [],
        };
    }

    private static Type? ParameterType(Endpoint? endpoint, string name) =>
        endpoint?.Metadata.OfType<MethodInfo>().FirstOrDefault()?.GetParameters().FirstOrDefault(p => p.Name == name)?.ParameterType
        ?? endpoint?.Metadata.OfType<IParameterBindingMetadata>().FirstOrDefault(p => p.Name == name)?.ParameterInfo.ParameterType;

    private static T? Find<T>(Exception e)
        where T : Exception
    {
        for (var x = e.InnerException; x is not null; x = x.InnerException)
        {
            if (x is T t)
            {
                return t;
            }
        }

        return null;
    }
}
