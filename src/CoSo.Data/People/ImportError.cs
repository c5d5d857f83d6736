namespace CoSo.Data.People;

/// <summary>A rejected row: the physical line it started on, the CSV column at fault, the message code and text.</summary>
public sealed record ImportError(long Line, string Field, string Code, string Message);
