namespace CoSo.Core.Facilities;

public enum EquipmentCondition
{
    Working = 1,
    NeedsRepair = 2,
    Broken = 3,
}
