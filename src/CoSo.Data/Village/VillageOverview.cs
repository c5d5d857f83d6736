using CoSo.Data.Chronic;

namespace CoSo.Data.Village;

/// <summary>A village health worker's village at a glance: who needs a visit, a call or a reminder.</summary>
public sealed record VillageOverview(
    Guid VillageId, string VillageName, string? StationName, int Residents, int Households,
    IReadOnlyList<VillageChild> ChildrenDue, IReadOnlyList<OverdueItem> ChronicOverdue, IReadOnlyList<VillagePregnancy> Pregnancies,
    IReadOnlyList<VillageCase> RecentCases)
{
    /// <summary>Pregnant women of the village due or overdue for an antenatal contact.</summary>
    public IReadOnlyList<CoSo.Data.Maternal.AncDueItem> AncDue { get; init; } = [];

    /// <summary>Mothers and newborns due or overdue for a postnatal (home) visit.</summary>
    public IReadOnlyList<CoSo.Data.Maternal.PostnatalDueItem> PostnatalDue { get; init; } = [];

    /// <summary>Children under 5 due or late for weighing.</summary>
    public IReadOnlyList<CoSo.Data.Growth.WeighingDueChild> WeighingDue { get; init; } = [];
}

public sealed record VillageChild(Guid PersonId, string ProvinceCode, string FullName, DateOnly BirthDate, string? NextVaccine, int? NextDose, DateOnly? NextDate, int OverdueCount);

public sealed record VillagePregnancy(Guid PersonId, string ProvinceCode, string FullName, DateOnly EstimatedDelivery, string? Phone);

public sealed record VillageCase(Guid Id, string DiseaseCode, string? FullName, DateOnly OnsetDate, Guid? PersonId = null);
