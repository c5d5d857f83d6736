namespace CoSo.Core.Common;

/// <summary>The result of reading a typed number: a value (null for an empty field) or the code of what is wrong.</summary>
public readonly record struct ParsedNumber(decimal? Value, string? ErrorCode)
{
    public bool IsValid => ErrorCode is null;

    public static ParsedNumber Empty => new(null, null);

    public static ParsedNumber Of(decimal value) => new(value, null);

    public static ParsedNumber Error(string code) => new(null, code);
}
