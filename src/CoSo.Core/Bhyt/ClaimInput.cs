using CoSo.Core.People;

namespace CoSo.Core.Bhyt;

/// <summary>Everything a claim is made from, gathered from one visit (the Data layer fills it; the builder is pure).</summary>
public sealed record ClaimInput
{
    public required string MaLk { get; init; }

    public required string MaCskcb { get; init; }

    /// <summary>MA_TTDV: the BHXH number of the head of the facility (or delegate), if known.</summary>
    public string? HeadNumber { get; init; }

    public required string PatientId { get; init; }

    public required string FullName { get; init; }

    public string? Cccd { get; init; }

    public DateOnly? BirthDate { get; init; }

    public int BirthYear { get; init; }

    public TimeOnly? BirthTime { get; init; }

    public Sex Sex { get; init; }

    public string? EthnicityCode { get; init; }

    public string? Address { get; init; }

    public string? ProvinceCode { get; init; }

    public string? CommuneCode { get; init; }

    public string? Phone { get; init; }

    public string? CardNumber { get; init; }

    public string? CardFacility { get; init; }

    public DateOnly? CardFrom { get; init; }

    public DateOnly? CardTo { get; init; }

    public bool Covered { get; init; }

    /// <summary>MA_DOITUONG_KCB decided at reception (QĐ 3276).</summary>
    public string? Category { get; init; }

    /// <summary>MUC_HUONG decided at reception (100 at a commune station).</summary>
    public int BenefitPercent { get; init; }

    /// <summary>Local (Vietnam) time the patient arrived (NGAY_VAO).</summary>
    public DateTime ArrivedAt { get; init; }

    /// <summary>Local time the visit ended (NGAY_RA).</summary>
    public DateTime EndedAt { get; init; }

    public DateOnly VisitDate { get; init; }

    public string? Reason { get; init; }

    public string? MainCode { get; init; }

    public string? MainName { get; init; }

    public IReadOnlyList<(string Code, string Name)> Secondary { get; init; } = [];

    public decimal? WeightKg { get; init; }

    public string? Notes { get; init; }

    /// <summary>MA_BAC_SI of the clinician.</summary>
    public required string ClinicianCode { get; init; }

    /// <summary>MA_NOI_DEN when the visit refers the patient out.</summary>
    public string? ReferredTo { get; init; }

    public DateOnly? FollowUpDate { get; init; }

    /// <summary>MA_PTTT of the station's contract: 1 fee for service, 2 capitation.</summary>
    public int PaymentMethod { get; init; } = 1;

    public IReadOnlyList<ClaimDrug> Drugs { get; init; } = [];

    public IReadOnlyList<ClaimServiceLine> Services { get; init; } = [];

    public IReadOnlyList<ClaimResult> Results { get; init; } = [];
}
