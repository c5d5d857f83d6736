namespace CoSo.Data.Reception;

/// <summary>The desk's BHYT check of a resident's card on a day.</summary>
public sealed record CoverageDto(
    Guid PersonId, string? CardNumber, DateOnly? ValidFrom, DateOnly? ValidTo, string? RegisteredFacility, string? StationFacilityCode, DateOnly Date,
    bool Covered, string? Category, int BenefitPercent, string RuleId, string ReasonVi, string ReasonEn, string Source);
