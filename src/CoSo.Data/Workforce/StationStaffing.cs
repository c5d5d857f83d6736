using CoSo.Core.Workforce;

namespace CoSo.Data.Workforce;

public sealed record StationStaffing(Guid StationId, string Code, string Name, UnitStaffing Staffing);
