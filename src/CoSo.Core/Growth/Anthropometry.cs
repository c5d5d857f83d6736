using CoSo.Core.People;

namespace CoSo.Core.Growth;

/// <summary>
/// What was measured on one child on one day. <see cref="LengthCm"/> is the value as measured; the calculator converts
/// it to the reference position of the age (± 0.7 cm) when <see cref="Position"/> says how it was taken.
/// </summary>
public sealed record Anthropometry(Sex Sex, int AgeDays, double? WeightKg = null, double? LengthCm = null, MeasuredPosition? Position = null, bool Oedema = false)
{
    /// <summary>Age in completed days from birth to the day of measurement (may be negative for a wrong date).</summary>
    public static int AgeInDays(DateOnly birthDate, DateOnly measuredOn) => measuredOn.DayNumber - birthDate.DayNumber;
}
