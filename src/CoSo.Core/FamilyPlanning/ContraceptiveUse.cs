using CoSo.Core.People;

namespace CoSo.Core.FamilyPlanning;

/// <summary>
/// A resident's use of one contraceptive method, from the day it started to the day it stopped (or ongoing), with the
/// last supply given (which sets the next one due). A new user is one whose first modern use starts in the period.
/// </summary>
public sealed class ContraceptiveUse : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public ContraceptiveMethod Method { get; set; }

    public DateOnly StartedOn { get; set; }

    public DateOnly? StoppedOn { get; set; }

    /// <summary>Why it stopped (wants a child, side effects, changed method, other).</summary>
    public string? StopReason { get; set; }

    /// <summary>Started (or supplied) at this station; false for a method from elsewhere that is only recorded.</summary>
    public bool FromStation { get; set; } = true;

    public DateOnly? LastSupplyOn { get; set; }

    public decimal LastSupplyQuantity { get; set; }

    public DateOnly? NextSupplyDue { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Version { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
