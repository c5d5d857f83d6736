namespace CoSo.Core.Bhyt;

/// <summary>A submission of a station's claims for a period: what was sent, when, and the totals it carried.</summary>
public sealed class BhytClaimBatch
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid StationId { get; set; }

    public string MaCskcb { get; set; } = string.Empty;

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public int ClaimCount { get; set; }

    public int HeldCount { get; set; }

    public decimal TotalBv { get; set; }

    public decimal FundPays { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedByUserId { get; set; }
}
