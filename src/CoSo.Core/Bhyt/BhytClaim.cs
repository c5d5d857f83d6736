using CoSo.Core.People;

namespace CoSo.Core.Bhyt;

/// <summary>
/// One version of the BHYT claim of one visit (one MA_LK): the frozen claim the XML, the list and the monthly
/// summary are all projections of. A visit corrected after submission gets a new version; the sent one is kept with
/// its file and the gateway's receipt (the portal keeps results only 60 days). Scoped to the station that claims.
/// </summary>
public sealed class BhytClaim : IPersonOwned
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    /// <summary>The station that held the visit and claims it (the scope of the claim).</summary>
    public Guid OrgUnitId { get; set; }

    public Guid PersonId { get; set; }

    public Guid EncounterId { get; set; }

    /// <summary>The visit's version this claim was made from.</summary>
    public int EncounterVersion { get; set; }

    public string MaLk { get; set; } = string.Empty;

    public string MaCskcb { get; set; } = string.Empty;

    /// <summary>1, 2…: a new number for each correction after submission.</summary>
    public int ClaimVersion { get; set; }

    /// <summary>Only the latest version of a visit's claim is current.</summary>
    public bool IsCurrent { get; set; }

    public ClaimStatus Status { get; set; }

    public DateOnly VisitDate { get; set; }

    public decimal TotalBv { get; set; }

    public decimal TotalBh { get; set; }

    public decimal FundPays { get; set; }

    public decimal CoPayment { get; set; }

    public decimal PatientPays { get; set; }

    public decimal OtherSources { get; set; }

    /// <summary>Why a held claim is not sent (message codes, ';').</summary>
    public string? HeldReasons { get; set; }

    /// <summary>The pre-submission check's findings as JSON (empty when none).</summary>
    public string? Violations { get; set; }

    public int ViolationCount { get; set; }

    /// <summary>The GIAMDINHHS envelope of this version (one HOSO), as sent.</summary>
    public string? Xml { get; set; }

    public string? CheckInXml { get; set; }

    public Guid? BatchId { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>maGiaoDich of the gateway's receipt.</summary>
    public string? GatewayTransaction { get; set; }

    /// <summary>maKetQua of the gateway's answer (the reason code of a rejection).</summary>
    public string? GatewayCode { get; set; }

    public string? GatewayMessage { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    Guid? IPersonOwned.SubjectPersonId => PersonId;
}
