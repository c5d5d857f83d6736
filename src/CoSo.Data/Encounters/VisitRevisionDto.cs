namespace CoSo.Data.Encounters;

/// <summary>One earlier version of a visit, with who changed it, when and why.</summary>
public sealed record VisitRevisionDto(int Version, string Change, string? Reason, DateTimeOffset ChangedAt, string? ChangedByName, VisitDto Before);
