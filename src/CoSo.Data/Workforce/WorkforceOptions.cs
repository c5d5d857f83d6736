using CoSo.Core.Workforce;

namespace CoSo.Data.Workforce;

/// <summary>Deployment settings (section CoSo:Workforce): the CME requirement per rolling window.</summary>
public sealed class WorkforceOptions
{
    public decimal CmeHours { get; set; } = 120;

    public int CmeYears { get; set; } = 5;

    public CmeRequirement Requirement => new(CmeHours, CmeYears);
}
