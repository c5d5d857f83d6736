namespace CoSo.Core.Facilities;

/// <summary>
/// A station's premises, utilities and BHYT contract, as entered and as read back. <see cref="EffectiveFrom"/> is the
/// date the state took effect (default today; never in the future): the previous state is kept as history.
/// </summary>
public sealed record FacilityInput(
    BuildingCondition BuildingCondition,
    int Rooms,
    bool CleanWater,
    bool Electricity,
    bool Internet,
    int? BuildYear = null,
    string? MedicineCategories = null,
    bool BhytEligible = false,
    DateOnly? BhytContractStart = null,
    DateOnly? BhytContractEnd = null,
    DateOnly? EffectiveFrom = null);
