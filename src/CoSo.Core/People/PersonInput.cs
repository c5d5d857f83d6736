namespace CoSo.Core.People;

/// <summary>What a user (or an import row) supplies to register or update a resident.</summary>
public sealed record PersonInput
{
    public string? FullName { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>Local time of birth ("09:05"), when known; needs <see cref="BirthDate"/>. Used by the 24-hour birth-dose rule.</summary>
    public TimeOnly? BirthTime { get; init; }

    /// <summary>Year of birth when the full date is unknown.</summary>
    public int? BirthYear { get; init; }

    public Sex? Sex { get; init; }

    public string? Cccd { get; init; }

    public string? EthnicityCode { get; init; }

    public string? Phone { get; init; }

    public string? AddressLine { get; init; }

    /// <summary>The managing station; may be omitted when the user works at exactly one station.</summary>
    public Guid? OrgUnitId { get; init; }

    public Guid? VillageId { get; init; }

    public Guid? HouseholdId { get; init; }

    public HouseholdRelationship? RelationshipToHead { get; init; }

    public string? BhytNumber { get; init; }

    public DateOnly? BhytValidFrom { get; init; }

    public DateOnly? BhytValidTo { get; init; }

    public string? BhytFacilityCode { get; init; }

    public bool IsDeceased { get; init; }

    public DateOnly? DeceasedOn { get; init; }

    /// <summary>ICD-10 code of the cause of death, where known.</summary>
    public string? DeathCauseCode { get; init; }

    public bool MovedAway { get; init; }

    public DateOnly? MovedAwayOn { get; init; }
}
