using System.Text.Json;

namespace CoSo.Web.Infrastructure.Input;

/// <summary>
/// A value in a JSON body that has the right type but breaks a rule every field of its type shares (a date outside
/// 1900–2100). Thrown by CoSo's converters; the serializer adds the path, and the error handler turns it into a field
/// message like any other.
/// </summary>
public sealed class JsonFieldException : JsonException
{
    public JsonFieldException(string code, params object?[] args)
        : base(code)
    {
        Code = code;
        Args = args;
    }

    public JsonFieldException()
        : this("request.value")
    {
    }

    public JsonFieldException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "request.value";
        Args = [];
    }

    public string Code { get; }

    public IReadOnlyList<object?> Args { get; }
}
