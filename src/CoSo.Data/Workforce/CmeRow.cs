using CoSo.Core.Workforce;

namespace CoSo.Data.Workforce;

public sealed record CmeRow(Guid StaffId, string FullName, Guid OrgUnitId, string? UnitName, Cadre Cadre, decimal Hours, decimal Required, decimal Shortfall, bool IsShort, DateOnly WindowStart, DateOnly WindowEnd, DateOnly? DropsBelowOn);
