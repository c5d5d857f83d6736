namespace CoSo.Core.Growth;

/// <summary>
/// The z-scores of one measurement, rounded to 2 decimals as anthro rounds them, with their flags and classes. A
/// z-score that cannot be computed is null; a flagged one is kept (shown) but takes no part in the classification. A
/// class is null when its indicator could not be assessed (no measurement, flagged, or out of the table).
/// </summary>
public sealed record GrowthAssessment(
    int AgeDays,
    double? Waz,
    double? Haz,
    double? Whz,
    double? Baz,
    GrowthIssues Flags,
    WeightForAgeClass? WeightForAge,
    LengthForAgeClass? LengthForAge,
    WeightForLengthClass? WeightForLength)
{
    /// <summary>Length/height after the lying/standing adjustment, as used for HAZ, WHZ and BMI.</summary>
    public double? AdjustedLengthCm { get; init; }

    /// <summary>kg/m² on the adjusted length.</summary>
    public double? Bmi { get; init; }

    /// <summary>The contract's flag strings, in the order waz, haz, whz, baz (or only "age-out-of-range").</summary>
    public IReadOnlyList<string> FlagCodes => GrowthCodes.Flags(Flags);

    /// <summary>The contract's class strings, at most one per indicator, in the order WAZ, HAZ, WHZ.</summary>
    public IReadOnlyList<string> ClassificationCodes => GrowthCodes.Classes(WeightForAge, LengthForAge, WeightForLength);
}
