namespace CoSo.Core.Facilities;

/// <summary>
/// A station's facility record as in force from <see cref="EffectiveFrom"/> until the next version's date: every save
/// of the facility record keeps one (a second save on the same effective date replaces that day's version), so the
/// state on any date is answerable. <see cref="StationFacility"/> stays the current state, a copy of the latest version.
/// </summary>
public sealed class StationFacilityVersion
{
    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public BuildingCondition BuildingCondition { get; set; }

    public int? BuildYear { get; set; }

    public int Rooms { get; set; }

    public bool CleanWater { get; set; }

    public bool Electricity { get; set; }

    public bool Internet { get; set; }

    public string? MedicineCategories { get; set; }

    public bool BhytEligible { get; set; }

    public DateOnly? BhytContractStart { get; set; }

    public DateOnly? BhytContractEnd { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public StationFacility ToFacility() => new()
    {
        OrgUnitId = OrgUnitId, BuildingCondition = BuildingCondition, BuildYear = BuildYear, Rooms = Rooms, CleanWater = CleanWater, Electricity = Electricity,
        Internet = Internet, MedicineCategories = MedicineCategories, BhytEligible = BhytEligible, BhytContractStart = BhytContractStart,
        BhytContractEnd = BhytContractEnd, UpdatedAt = RecordedAt,
    };
}
