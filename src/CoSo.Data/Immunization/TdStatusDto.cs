using CoSo.Core.Immunization;

namespace CoSo.Data.Immunization;

/// <summary>A pregnant woman's Td schedule for her current pregnancy.</summary>
public sealed record TdStatusDto(
    Guid PersonId, string ProvinceCode, string FullName, string? Phone, Guid PregnancyId, DateOnly FirstContactDate, DateOnly EstimatedDelivery,
    IReadOnlyList<DoseEvaluation> Td, StatusSummary Status);
