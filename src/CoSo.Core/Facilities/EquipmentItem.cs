namespace CoSo.Core.Facilities;

/// <summary>An item of a station's equipment inventory.</summary>
public sealed class EquipmentItem
{
    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public string Name { get; set; } = string.Empty;

    public int Quantity { get; set; }

    public EquipmentCondition Condition { get; set; }

    public DateOnly? ReceivedOn { get; set; }
}
