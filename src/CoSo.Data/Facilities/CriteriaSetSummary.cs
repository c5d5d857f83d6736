namespace CoSo.Data.Facilities;

public sealed record CriteriaSetSummary(Guid Id, string Code, string Name, bool IsExample, int FromYear, int ToYear);
