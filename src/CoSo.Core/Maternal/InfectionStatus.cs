namespace CoSo.Core.Maternal;

/// <summary>A woman's known status for an infection passed from mother to child (HIV, syphilis, hepatitis B).</summary>
public enum InfectionStatus
{
    Unknown = 0,
    Negative = 1,
    Positive = 2,
}
