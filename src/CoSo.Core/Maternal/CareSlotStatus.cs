namespace CoSo.Core.Maternal;

/// <summary>Where one contact of a care schedule stands on a day.</summary>
public enum CareSlotStatus
{
    /// <summary>Not due yet.</summary>
    Upcoming = 1,

    /// <summary>Due now (inside its window, before it is overdue).</summary>
    Due = 2,

    /// <summary>Late, but the window is still open.</summary>
    Overdue = 3,

    /// <summary>A contact was recorded inside the window.</summary>
    Done = 4,

    /// <summary>The window closed without a contact.</summary>
    Missed = 5,

    /// <summary>Provided elsewhere (the first 24 hours after a birth in a facility).</summary>
    NotApplicable = 6,
}
