namespace CoSo.Core.Chronic;

/// <summary>Self-reported medicine taking since the last visit.</summary>
public enum Adherence
{
    Unknown = 0,
    Good = 1,
    Partial = 2,
    Poor = 3,
}
