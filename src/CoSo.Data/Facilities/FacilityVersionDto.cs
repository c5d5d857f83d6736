using CoSo.Core.Facilities;

namespace CoSo.Data.Facilities;

/// <summary>One dated version of a station's facility record, for the history table.</summary>
public sealed record FacilityVersionDto(
    DateOnly EffectiveFrom,
    BuildingCondition BuildingCondition,
    int? BuildYear,
    int Rooms,
    bool CleanWater,
    bool Electricity,
    bool Internet,
    string? MedicineCategories,
    bool BhytEligible,
    DateOnly? BhytContractStart,
    DateOnly? BhytContractEnd,
    DateTimeOffset RecordedAt);
