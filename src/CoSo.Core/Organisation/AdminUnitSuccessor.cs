namespace CoSo.Core.Organisation;

/// <summary>Old (pre-2025) commune → new commune it merged into (a commune split between several has several rows).</summary>
public sealed class AdminUnitSuccessor
{
    public string OldCommuneCode { get; set; } = string.Empty;

    public string NewCommuneCode { get; set; } = string.Empty;

    public bool IsPrimary { get; set; }
}
