using CoSo.Core.People;

namespace CoSo.Data.People;

/// <summary>A search hit: enough to pick the right resident (age, village, BHYT validity).</summary>
public sealed record PersonSummary(
    Guid Id,
    string ProvinceCode,
    string FullName,
    DateOnly? BirthDate,
    int BirthYear,
    int Age,
    Sex Sex,
    string? Cccd,
    string? Phone,
    string? BhytNumber,
    BhytCardStatus BhytStatus,
    string? VillageName,
    bool IsDeceased);
