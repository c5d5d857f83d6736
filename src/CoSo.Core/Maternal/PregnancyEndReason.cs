namespace CoSo.Core.Maternal;

/// <summary>Why a pregnancy ended without a delivery at this station's register.</summary>
public enum PregnancyEndReason
{
    Miscarriage = 1,
    Abortion = 2,
    Ectopic = 3,

    /// <summary>A reported pregnancy that the station found was not one.</summary>
    NotPregnant = 4,

    MovedAway = 5,

    /// <summary>The woman died during pregnancy (a maternal death).</summary>
    MaternalDeath = 6,
}
