namespace CoSo.Data.People;

/// <summary>A warning on a saved field, with its message in the request's language.</summary>
public sealed record FieldWarningDto(string Field, string Code, string Message);
