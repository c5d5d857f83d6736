namespace CoSo.Core.Facilities;

public sealed record EquipmentInput(string Name, int Quantity, EquipmentCondition Condition, DateOnly? ReceivedOn = null);
