namespace CoSo.Data.Reception;

/// <summary>A resident received at the desk.</summary>
public sealed record ArrivalInput(Guid PersonId)
{
    /// <summary>The receiving station; defaults to the user's station.</summary>
    public Guid? StationId { get; init; }

    public string? Reason { get; init; }

    public bool Emergency { get; init; }

    public bool Priority { get; init; }

    /// <summary>The resident shows the receipt of a card being issued or renewed.</summary>
    public bool RenewalReceipt { get; init; }

    /// <summary>Number of the referral or appointment paper brought.</summary>
    public string? PaperNumber { get; init; }
}
