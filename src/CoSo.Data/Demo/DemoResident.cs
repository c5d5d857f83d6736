using CoSo.Core.People;

namespace CoSo.Data.Demo;

/// <summary>One synthetic resident, before it becomes an entity or a CSV row.</summary>
internal sealed record DemoResident(
    HouseholdRelationship Relationship,
    string FullName,
    Sex Sex,
    DateOnly? BirthDate,
    int BirthYear,
    string Cccd,
    string EthnicityCode,
    string? Phone,
    string? BhytNumber,
    DateOnly? BhytValidFrom,
    DateOnly? BhytValidTo)
{
    public int AgeOn(DateOnly today) => Core.Common.VietnamClock.AgeInYears(BirthDate ?? new DateOnly(BirthYear, 7, 1), today);
}
