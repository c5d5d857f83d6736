namespace CoSo.Core.Maternal;

/// <summary>Gestational age in completed days since the (LMP-equivalent) start of pregnancy: 87 days = 12 weeks 3 days.</summary>
public readonly record struct GestationalAge(int Days)
{
    /// <summary>The first day of the second trimester (14 weeks 0 days).</summary>
    public const int SecondTrimesterFromDays = 98;

    /// <summary>The first day of the third trimester (28 weeks 0 days).</summary>
    public const int ThirdTrimesterFromDays = 196;

    public int Weeks => Days / 7;

    public int RemainderDays => Days % 7;

    /// <summary>1 below 14 weeks, 2 from 14 to 27 weeks 6 days, 3 from 28 weeks (the trimester bounds of docs/maternal.md).</summary>
    public int Trimester => Days < SecondTrimesterFromDays ? 1 : Days < ThirdTrimesterFromDays ? 2 : 3;

    /// <summary>Born (or delivered) before 37 completed weeks.</summary>
    public bool IsPreterm => Days < 37 * 7;

    /// <summary>"12+3": the notation of antenatal cards, whatever the language.</summary>
    public override string ToString() => $"{Weeks}+{RemainderDays}";

    public static GestationalAge Between(DateOnly start, DateOnly on) => new(on.DayNumber - start.DayNumber);
}
