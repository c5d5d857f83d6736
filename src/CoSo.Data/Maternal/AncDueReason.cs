namespace CoSo.Data.Maternal;

/// <summary>Why a pregnant woman is on the antenatal due list.</summary>
public enum AncDueReason
{
    /// <summary>No contact yet: the first visit (and, for a reported pregnancy, the station's confirmation).</summary>
    FirstContact = 1,

    /// <summary>A contact of the schedule is due or overdue.</summary>
    ScheduledContact = 2,

    /// <summary>Seen, but nothing dates the pregnancy: the schedule cannot be followed.</summary>
    NeedsDating = 3,

    /// <summary>Past 42 weeks with no outcome recorded.</summary>
    OutcomeMissing = 4,
}
