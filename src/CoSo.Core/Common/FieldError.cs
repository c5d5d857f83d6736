using System.Globalization;

namespace CoSo.Core.Common;

/// <summary>A validation problem tied to one input field; the text is resolved in the user's language at the boundary.</summary>
public sealed record FieldError(string Field, string Code, params object?[] Args)
{
    public string Message(CultureInfo? culture = null) => Messages.Get(Code, culture, Args);
}
