namespace CoSo.Core.Records;

/// <summary>Status of a risk factor (tobacco, alcohol…): never, current, former.</summary>
public enum RiskLevel
{
    Unknown = 0,
    Never = 1,
    Current = 2,
    Former = 3,
}
