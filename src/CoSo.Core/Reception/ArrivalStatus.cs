namespace CoSo.Core.Reception;

/// <summary>Where an arrival is in the day's queue.</summary>
public enum ArrivalStatus
{
    Waiting = 1,
    InConsultation = 2,
    Done = 3,

    /// <summary>Left before being seen (or did not answer when called).</summary>
    Left = 4,
}
