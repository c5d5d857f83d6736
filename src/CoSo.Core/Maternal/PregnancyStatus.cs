namespace CoSo.Core.Maternal;

/// <summary>Where a pregnancy stands, from the first word of it to its outcome (docs/maternal.md).</summary>
public enum PregnancyStatus
{
    /// <summary>Reported by a village health worker ("pregnant woman found"); the station has not confirmed it yet.</summary>
    Reported = 1,

    /// <summary>Confirmed and followed by the station (antenatal care).</summary>
    Active = 2,

    /// <summary>Ended by a delivery (live birth or stillbirth), recorded with its outcome.</summary>
    Delivered = 3,

    /// <summary>Ended before a delivery (miscarriage, abortion, ectopic pregnancy), or not a pregnancy after all.</summary>
    Ended = 4,

    /// <summary>Followed elsewhere from now on (the woman moved away).</summary>
    Closed = 5,
}
