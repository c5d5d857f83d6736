namespace CoSo.Core.Reception;

/// <summary>What the desk knows when it checks a card: the card as registered, the station, the day, the papers.</summary>
public sealed record CoverageRequest
{
    public string? CardNumber { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    /// <summary>MA_DKBD: the card's registered primary-care facility.</summary>
    public string? RegisteredFacility { get; init; }

    /// <summary>MA_CSKCB of this station.</summary>
    public string? StationFacilityCode { get; init; }

    public DateOnly VisitDate { get; init; }

    public DateOnly? BirthDate { get; init; }

    public bool Emergency { get; init; }

    /// <summary>The resident shows the receipt of a card being issued or renewed (NĐ 188/2025 Art. 37 §3).</summary>
    public bool RenewalReceipt { get; init; }
}
