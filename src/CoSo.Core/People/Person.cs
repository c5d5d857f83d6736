namespace CoSo.Core.People;

/// <summary>A resident of a station's catchment. Thin on purpose: clinical data lives in records and visits.</summary>
public sealed class Person : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The health station that manages this resident.</summary>
    public Guid OrgUnitId { get; set; }

    public Guid? VillageId { get; set; }

    public string? CommuneCode { get; set; }

    public Guid? HouseholdId { get; set; }

    public HouseholdRelationship? RelationshipToHead { get; set; }

    public string? Cccd { get; set; }

    public string FullName { get; set; } = string.Empty;

    public string NameKey { get; set; } = string.Empty;

    /// <summary>Full date of birth, or null when only the year is known (common among the elderly).</summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary>Local time of birth in Vietnam (on the birth certificate), when known; only with a full birth date.</summary>
    public TimeOnly? BirthTime { get; set; }

    public int BirthYear { get; set; }

    public Sex Sex { get; set; }

    public string? EthnicityCode { get; set; }

    public string? Phone { get; set; }

    public string? AddressLine { get; set; }

    public string? BhytNumber { get; set; }

    /// <summary>The 10-digit social-insurance number (the last 10 characters of the card), searchable on its own.</summary>
    public string? SocialInsuranceNumber { get; set; }

    public DateOnly? BhytValidFrom { get; set; }

    public DateOnly? BhytValidTo { get; set; }

    public string? BhytFacilityCode { get; set; }

    public bool IsDeceased { get; set; }

    public DateOnly? DeceasedOn { get; set; }

    /// <summary>Underlying cause of death where known (ICD-10 code of QĐ 4469), for the population report.</summary>
    public string? DeathCauseCode { get; set; }

    public bool MovedAway { get; set; }

    public DateOnly? MovedAwayOn { get; set; }

    /// <summary>Set when a probable duplicate (same folded name, birth date and commune) exists.</summary>
    public bool NeedsDuplicateReview { get; set; }

    /// <summary>Set on the record that was merged into another; it stays for history and is hidden from search.</summary>
    public Guid? MergedIntoId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    Guid? IPersonOwned.SubjectPersonId => Id;

    /// <summary>Birth date for age arithmetic: the date when known, otherwise 1 July of the birth year.</summary>
    public DateOnly EffectiveBirthDate => BirthDate ?? new DateOnly(BirthYear, 7, 1);
}
