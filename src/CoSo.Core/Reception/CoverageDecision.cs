namespace CoSo.Core.Reception;

/// <summary>The answer shown at the desk: covered or not, the claim category and benefit, and why.</summary>
public sealed record CoverageDecision(bool Covered, string? Category, int BenefitPercent, string RuleId, string ReasonVi, string ReasonEn, string Source)
{
    public string Reason(bool vietnamese) => vietnamese ? ReasonVi : ReasonEn;
}
