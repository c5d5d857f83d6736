namespace CoSo.Core.Maternal;

/// <summary>The result of calling or visiting a pregnant woman who is due or overdue for antenatal care.</summary>
public enum AncCallOutcome
{
    /// <summary>She agreed to come on a given day: off the list until then.</summary>
    AgreedToCome = 1,

    WrongNumber = 2,

    Unreachable = 3,

    /// <summary>Refused for now: off the list for two weeks.</summary>
    Refused = 4,

    /// <summary>She moved away: the pregnancy is closed here.</summary>
    Moved = 5,
}
