namespace CoSo.Core.Reception;

/// <summary>One dated rule of BHYT coverage at a commune station, with the text it comes from.</summary>
public sealed record CoverageRule
{
    public string Id { get; init; } = string.Empty;

    public DateOnly ValidFrom { get; init; }

    /// <summary>Last day the rule applies; null while in force.</summary>
    public DateOnly? ValidTo { get; init; }

    public CoverageCase Case { get; init; }

    public bool Covered { get; init; }

    /// <summary>MA_DOITUONG_KCB to write (null where the code list of the period is not known).</summary>
    public string? Category { get; init; }

    public int BenefitPercent { get; init; }

    public string Source { get; init; } = string.Empty;

    public string ReasonVi { get; init; } = string.Empty;

    public string ReasonEn { get; init; } = string.Empty;

    public bool AppliesOn(DateOnly date) => date >= ValidFrom && (ValidTo is not { } to || date <= to);
}
