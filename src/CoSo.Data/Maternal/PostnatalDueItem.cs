using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

/// <summary>A mother and her newborn(s) due or overdue for a postnatal visit.</summary>
public sealed record PostnatalDueItem
{
    public Guid DeliveryId { get; init; }

    public Guid PregnancyId { get; init; }

    public Guid MotherId { get; init; }

    public string ProvinceCode { get; init; } = string.Empty;

    public string MotherName { get; init; } = string.Empty;

    public string? Phone { get; init; }

    public Guid? VillageId { get; init; }

    public string? VillageName { get; init; }

    public DateOnly DeliveryDate { get; init; }

    public int DaysSinceBirth { get; init; }

    public bool InFacility { get; init; }

    public IReadOnlyList<PostnatalDueNewborn> Newborns { get; init; } = [];

    public int ContactNumber { get; init; }

    public string ContactLabelVi { get; init; } = string.Empty;

    public string ContactLabelEn { get; init; } = string.Empty;

    public CareSlotStatus Status { get; init; }

    public DateOnly DueFrom { get; init; }

    public DateOnly OverdueFrom { get; init; }

    public int VisitCount { get; init; }
}
