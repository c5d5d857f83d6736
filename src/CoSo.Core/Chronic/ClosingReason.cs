namespace CoSo.Core.Chronic;

/// <summary>Why an enrolment stopped: it stays in the registry for history, outside the station's cohort.</summary>
public enum ClosingReason
{
    Died = 1,
    MovedAway = 2,
    TransferredOut = 3,
    Other = 4,

    /// <summary>The resident's duplicate record was merged into one already registered in the same programme.</summary>
    Merged = 5,
}
