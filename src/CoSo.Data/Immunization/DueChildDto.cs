using CoSo.Core.Immunization;

namespace CoSo.Data.Immunization;

/// <summary>A child on a session's due list: who to call (mother, phone) and which doses it needs that day.</summary>
public sealed record DueChildDto(
    Guid PersonId, string ProvinceCode, string FullName, DateOnly BirthDate, string? MotherName, string? Phone, IReadOnlyList<DoseEvaluation> Needs);
