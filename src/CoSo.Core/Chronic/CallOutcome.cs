namespace CoSo.Core.Chronic;

/// <summary>The result of a call or home visit to an overdue patient (effects in docs/chronic-care.md).</summary>
public enum CallOutcome
{
    AgreedToCome = 1,
    Moved = 2,
    Died = 3,
    Refused = 4,
    WrongNumber = 5,
    Unreachable = 6,
}
