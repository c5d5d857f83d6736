namespace CoSo.Core.Maternal;

/// <summary>Danger signs of the mother after a birth (QĐ 4128 postnatal care, WHO PCPNC): any one means referral.</summary>
[Flags]
public enum MotherDangerSigns
{
    None = 0,
    HeavyBleeding = 1,
    Fever = 2,
    Convulsions = 4,
    SevereHeadache = 8,
    FoulLochia = 16,
    AbdominalPain = 32,
    BreathingDifficulty = 64,
    BreastProblem = 128,
    LowMood = 256,
}
