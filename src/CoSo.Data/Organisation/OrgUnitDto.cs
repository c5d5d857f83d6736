using CoSo.Core.Organisation;

namespace CoSo.Data.Organisation;

public sealed record OrgUnitDto(Guid Id, string Code, string Name, OrgUnitKind Kind, Guid? ParentId, int Depth, string ProvinceCode, string? AdminUnitCode);
