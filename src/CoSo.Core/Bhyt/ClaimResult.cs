namespace CoSo.Core.Bhyt;

/// <summary>The result of a billed test (XML4).</summary>
public sealed record ClaimResult(string ServiceCode, string IndexCode, string IndexName, string Value, string Unit, DateTime At);
