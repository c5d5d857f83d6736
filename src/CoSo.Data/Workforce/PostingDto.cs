using CoSo.Core.Workforce;

namespace CoSo.Data.Workforce;

public sealed record PostingDto(Guid Id, Guid OrgUnitId, string? UnitName, PostingKind Kind, DateOnly Start, DateOnly? End, Guid? FromUnitId, string? Purpose, bool PartTime = false);
