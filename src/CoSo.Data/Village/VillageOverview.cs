using CoSo.Data.Chronic;

namespace CoSo.Data.Village;

/// <summary>A village health worker's village at a glance: who needs a visit, a call or a reminder.</summary>
public sealed record VillageOverview(
    Guid VillageId, string VillageName, string? StationName, int Residents, int Households,
    IReadOnlyList<VillageChild> ChildrenDue, IReadOnlyList<OverdueItem> ChronicOverdue, IReadOnlyList<VillagePregnancy> Pregnancies,
    IReadOnlyList<VillageCase> RecentCases);

public sealed record VillageChild(Guid PersonId, string ProvinceCode, string FullName, DateOnly BirthDate, string? NextVaccine, int? NextDose, DateOnly? NextDate, int OverdueCount);

public sealed record VillagePregnancy(Guid PersonId, string ProvinceCode, string FullName, DateOnly EstimatedDelivery, string? Phone);

public sealed record VillageCase(Guid Id, string DiseaseCode, string? FullName, DateOnly OnsetDate);
