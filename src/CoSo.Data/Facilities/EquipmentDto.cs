using CoSo.Core.Facilities;

namespace CoSo.Data.Facilities;

public sealed record EquipmentDto(Guid Id, string Name, int Quantity, EquipmentCondition Condition, DateOnly? ReceivedOn);
