namespace CoSo.Core.Facilities;

/// <summary>What changes on an equipment item over its life: how many are on hand and their condition (name and receipt date stay).</summary>
public sealed record EquipmentUpdateInput(int Quantity, EquipmentCondition Condition);
