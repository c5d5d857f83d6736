using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

/// <summary>A line of the pregnancy register.</summary>
public sealed record PregnancySummary(
    Guid Id, Guid PersonId, string ProvinceCode, string FullName, string? Phone, string? VillageName, PregnancyStatus Status, DateOnly FirstContactDate,
    DateOnly? ExpectedDelivery, int? GestationDays, string? Gestation, IReadOnlyList<RiskFactor> RiskFactors, int ContactCount, DateOnly? DeliveryDate);
