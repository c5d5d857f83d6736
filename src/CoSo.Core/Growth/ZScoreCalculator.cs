namespace CoSo.Core.Growth;

/// <summary>
/// WHO z-scores as anthro 1.1.0 computes them (R/z-score*.R), under the rules of the <c>coso growth zscores</c>
/// contract (docs/growth.md): WAZ, HAZ, WHZ and BAZ on the day of life, the length/height switch at 731 days with the
/// 0.7 cm adjustment, the restricted formula beyond ±3 SD for the weight-based indicators, rounding to 2 decimals,
/// flags and classification on the rounded values.
/// </summary>
public static class ZScoreCalculator
{
    /// <summary>The last day of life assessed: 1826 days is 59.99 months (anthro: age in months &lt; 60).</summary>
    public const int LastAgeDay = 1826;

    /// <summary>From this day of life (24 months) the reference is standing height.</summary>
    public const int HeightFromDay = 731;

    /// <summary>Standing height is this much less than recumbent length (WHO MGRS).</summary>
    public const double LyingMinusStandingCm = 0.7;

    public static GrowthAssessment Assess(GrowthStandards standards, Anthropometry input)
    {
        ArgumentNullException.ThrowIfNull(standards);
        ArgumentNullException.ThrowIfNull(input);
        if (input.AgeDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(input), input.AgeDays, "The measurement is before the birth date.");
        }

        if (input.AgeDays > LastAgeDay)
        {
            return new GrowthAssessment(input.AgeDays, null, null, null, null, GrowthIssues.AgeOutOfRange, null, null, null);
        }

        var age = input.AgeDays;
        var length = AdjustedLength(age, input.LengthCm, input.Position);
        var weight = Positive(input.WeightKg);
        double? bmi = weight is { } w && length is { } h ? w / (h / 100 * (h / 100)) : null;

        var haz = Round(Compute(standards.AtAge(GrowthIndicator.LengthForAge, input.Sex, age), length, restricted: false));
        double? waz = null, whz = null, baz = null;
        if (!input.Oedema)
        {
            waz = Round(Compute(standards.AtAge(GrowthIndicator.WeightForAge, input.Sex, age), weight, restricted: true));
            baz = Round(Compute(standards.AtAge(GrowthIndicator.BmiForAge, input.Sex, age), bmi, restricted: true));
            if (length is { } l && InWeightForLengthRange(age, l))
            {
                var table = age < HeightFromDay ? GrowthIndicator.WeightForLength : GrowthIndicator.WeightForHeight;
                whz = Round(Compute(standards.AtLength(table, input.Sex, l), weight, restricted: true));
            }
        }

        var flags = GrowthIssues.None;
        if (waz is < -6 or > 5)
        {
            flags |= GrowthIssues.WazImplausible;
        }

        if (haz is { } hz && Math.Abs(hz) > 6)
        {
            flags |= GrowthIssues.HazImplausible;
        }

        if (whz is { } wz && Math.Abs(wz) > 5)
        {
            flags |= GrowthIssues.WhzImplausible;
        }

        if (baz is { } bz && Math.Abs(bz) > 5)
        {
            flags |= GrowthIssues.BazImplausible;
        }

        var weightForAge = input.Oedema ? WeightForAgeClass.SevereUnderweight
            : Usable(waz, flags, GrowthIssues.WazImplausible) is { } a ? ClassifyWeightForAge(a) : (WeightForAgeClass?)null;
        var lengthForAge = Usable(haz, flags, GrowthIssues.HazImplausible) is { } b ? ClassifyLengthForAge(b) : (LengthForAgeClass?)null;
        var weightForLength = input.Oedema ? WeightForLengthClass.SevereWasting
            : Usable(whz, flags, GrowthIssues.WhzImplausible) is { } c ? ClassifyWeightForLength(c) : (WeightForLengthClass?)null;
        return new GrowthAssessment(age, waz, haz, whz, baz, flags, weightForAge, lengthForAge, weightForLength)
        {
            AdjustedLengthCm = length,
            Bmi = bmi,
        };
    }

    /// <summary>
    /// The length/height the reference of that age expects: + 0.7 cm for a child under 731 days measured standing,
    /// − 0.7 cm for a child from 731 days measured lying, unchanged when the position is not given.
    /// </summary>
    public static double? AdjustedLength(int ageDays, double? lengthCm, MeasuredPosition? position)
    {
        if (Positive(lengthCm) is not { } length)
        {
            return null;
        }

        return (ageDays < HeightFromDay, position) switch
        {
            (true, MeasuredPosition.Standing) => length + LyingMinusStandingCm,
            (false, MeasuredPosition.Lying) => length - LyingMinusStandingCm,
            _ => length,
        };
    }

    /// <summary>WFL is defined on 45–110 cm (below 731 days), WFH on 65–120 cm (from 731 days), ends included.</summary>
    public static bool InWeightForLengthRange(int ageDays, double adjustedLengthCm) => ageDays < HeightFromDay
        ? adjustedLengthCm is >= 45 and <= 110
        : adjustedLengthCm is >= 65 and <= 120;

    public static WeightForAgeClass ClassifyWeightForAge(double waz) => waz switch
    {
        < -3 => WeightForAgeClass.SevereUnderweight,
        < -2 => WeightForAgeClass.Underweight,
        _ => WeightForAgeClass.Normal,
    };

    public static LengthForAgeClass ClassifyLengthForAge(double haz) => haz switch
    {
        < -3 => LengthForAgeClass.SevereStunting,
        < -2 => LengthForAgeClass.Stunting,
        _ => LengthForAgeClass.Normal,
    };

    public static WeightForLengthClass ClassifyWeightForLength(double whz) => whz switch
    {
        < -3 => WeightForLengthClass.SevereWasting,
        < -2 => WeightForLengthClass.Wasting,
        > 3 => WeightForLengthClass.Obese,
        > 2 => WeightForLengthClass.Overweight,
        _ => WeightForLengthClass.Normal,
    };

    private static double? Compute(Lms? lms, double? y, bool restricted)
    {
        if (lms is not { } row || y is not { } value)
        {
            return null;
        }

        var z = restricted ? row.RestrictedZ(value) : row.Z(value);
        return double.IsFinite(z) ? z : null;
    }

    private static double? Round(double? z) => z is { } v ? RRound.ToHundredths(v) : null;

    private static double? Positive(double? value) => value is { } v && v > 0 && double.IsFinite(v) ? v : null;

    private static double? Usable(double? z, GrowthIssues flags, GrowthIssues flag) => flags.HasFlag(flag) ? null : z;
}
