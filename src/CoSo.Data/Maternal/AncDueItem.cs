using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

public sealed record AncDueItem
{
    public Guid PregnancyId { get; init; }

    public Guid PersonId { get; init; }

    public string ProvinceCode { get; init; } = string.Empty;

    public string FullName { get; init; } = string.Empty;

    public string? Phone { get; init; }

    public Guid? VillageId { get; init; }

    public string? VillageName { get; init; }

    public PregnancyStatus PregnancyStatus { get; init; }

    public AncDueReason Reason { get; init; }

    /// <summary>Due or Overdue.</summary>
    public CareSlotStatus Status { get; init; }

    /// <summary>The contact of the schedule that is due (null for a first contact or an undated pregnancy).</summary>
    public int? ContactNumber { get; init; }

    public string? ContactLabelVi { get; init; }

    public string? ContactLabelEn { get; init; }

    public DateOnly DueFrom { get; init; }

    public DateOnly? OverdueFrom { get; init; }

    public int DaysOverdue { get; init; }

    public int? GestationDays { get; init; }

    public string? Gestation { get; init; }

    public DateOnly? ExpectedDelivery { get; init; }

    public int ContactCount { get; init; }

    public DateOnly? LastContactOn { get; init; }

    public IReadOnlyList<RiskFactor> RiskFactors { get; init; } = [];

    public int CallAttempts { get; init; }

    public AncCallOutcome? LastCallOutcome { get; init; }
}
