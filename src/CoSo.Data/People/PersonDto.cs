using CoSo.Core.People;

namespace CoSo.Data.People;

/// <summary>A resident as the API and the UI see them.</summary>
public sealed record PersonDto : IPersonReference
{
    public Guid Id { get; init; }

    /// <summary>Checks that do not block saving (CCCD country code, BHYT benefit level ↔ beneficiary group).</summary>
    public IReadOnlyList<FieldWarningDto> Warnings { get; init; } = [];

    public string ProvinceCode { get; init; } = string.Empty;

    public Guid OrgUnitId { get; init; }

    public string? OrgUnitName { get; init; }

    public Guid? VillageId { get; init; }

    public string? VillageName { get; init; }

    public string? CommuneCode { get; init; }

    public Guid? HouseholdId { get; init; }

    public HouseholdRelationship? RelationshipToHead { get; init; }

    public string? Cccd { get; init; }

    public string FullName { get; init; } = string.Empty;

    public DateOnly? BirthDate { get; init; }

    /// <summary>Local time of birth, when known.</summary>
    public TimeOnly? BirthTime { get; init; }

    public int BirthYear { get; init; }

    public int Age { get; init; }

    public Sex Sex { get; init; }

    public string? EthnicityCode { get; init; }

    public string? Phone { get; init; }

    public string? AddressLine { get; init; }

    public string? BhytNumber { get; init; }

    public DateOnly? BhytValidFrom { get; init; }

    public DateOnly? BhytValidTo { get; init; }

    public string? BhytFacilityCode { get; init; }

    public BhytCardStatus BhytStatus { get; init; }

    public bool IsDeceased { get; init; }

    public DateOnly? DeceasedOn { get; init; }

    public string? DeathCauseCode { get; init; }

    public bool MovedAway { get; init; }

    public DateOnly? MovedAwayOn { get; init; }

    public bool NeedsDuplicateReview { get; init; }

    public Guid? MergedIntoId { get; init; }

    public int Version { get; init; }

    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => [(Id, ProvinceCode)];
}
