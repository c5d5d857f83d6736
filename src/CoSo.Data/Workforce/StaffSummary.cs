using CoSo.Core.Workforce;

namespace CoSo.Data.Workforce;

public sealed record StaffSummary(Guid Id, Guid OrgUnitId, string? UnitName, string FullName, Cadre Cadre, EmploymentType EmploymentType, string? Position);
