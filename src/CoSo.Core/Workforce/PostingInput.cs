namespace CoSo.Core.Workforce;

/// <summary>A posting, rotation, secondment or transfer of an existing worker; dates inclusive, End null = open; full time unless <paramref name="PartTime"/>.</summary>
public sealed record PostingInput(Guid OrgUnitId, PostingKind Kind, DateOnly Start, DateOnly? End = null, Guid? FromUnitId = null, string? Purpose = null, bool PartTime = false);
