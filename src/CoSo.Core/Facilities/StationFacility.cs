namespace CoSo.Core.Facilities;

/// <summary>A station's premises, utilities and BHYT primary-care contract (one row per station; org-level data).</summary>
public sealed class StationFacility
{
    public Guid OrgUnitId { get; set; }

    public BuildingCondition BuildingCondition { get; set; }

    public int? BuildYear { get; set; }

    public int Rooms { get; set; }

    public bool CleanWater { get; set; }

    public bool Electricity { get; set; }

    public bool Internet { get; set; }

    /// <summary>Medicine stock categories available, separated by ';' (e.g. "thiết yếu;YHCT;vắc xin").</summary>
    public string? MedicineCategories { get; set; }

    /// <summary>Eligible for BHYT primary care (khám chữa bệnh BHYT ban đầu).</summary>
    public bool BhytEligible { get; set; }

    public DateOnly? BhytContractStart { get; set; }

    public DateOnly? BhytContractEnd { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The BHYT contract is in force on a date (both ends inclusive; open end = in force).</summary>
    public bool BhytInForceOn(DateOnly date) =>
        BhytEligible && BhytContractStart is { } s && s <= date && (BhytContractEnd is null || date <= BhytContractEnd.Value);
}
