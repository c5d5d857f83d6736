using CoSo.Core.Common;

namespace CoSo.Core.Nutrition;

/// <summary>
/// Vitamin A supplementation of young children as the national programme runs it (Viện Dinh dưỡng quốc gia, the
/// twice-yearly "Ngày vi chất dinh dưỡng" on 1–2 June and 1–2 December; WHO guideline "Vitamin A supplementation in
/// infants and children 6–59 months of age", 2011): 100,000 IU at 6–11 months, 200,000 IU from 12 months, every 4 to 6
/// months; the campaign targets children 6–36 months (and those at risk up to 60 months).
/// </summary>
public static class VitaminARules
{
    public const int MinAgeMonths = 6;
    public const int CampaignMaxAgeMonths = 36;
    public const int MaxAgeMonths = 60;
    public const int MinIntervalDays = 120;

    public static int AgeInMonths(DateOnly birth, DateOnly on) =>
        ((on.Year - birth.Year) * 12) + on.Month - birth.Month - (on.Day < birth.Day ? 1 : 0);

    /// <summary>The dose for a child's age on the day, or null when the child is outside 6–59 months.</summary>
    public static int? DoseFor(DateOnly birth, DateOnly on) => AgeInMonths(birth, on) switch
    {
        < MinAgeMonths => null,
        < 12 => 100_000,
        < MaxAgeMonths => 200_000,
        _ => null,
    };

    /// <summary>Within the campaign's target: 6 to 36 months on the day.</summary>
    public static bool InCampaignAge(DateOnly birth, DateOnly on) => AgeInMonths(birth, on) is >= MinAgeMonths and <= CampaignMaxAgeMonths;

    /// <summary>Checks a dose before it is recorded; <paramref name="lastDose"/> is the child's previous one.</summary>
    public static ValidationErrors Validate(DateOnly birth, DateOnly on, DateOnly today, DateOnly? lastDose)
    {
        var errors = new ValidationErrors();
        if (on > today)
        {
            errors.Add("givenOn", "date.future");
        }

        if (DoseFor(birth, on) is null)
        {
            errors.Add("givenOn", "vitA.age");
        }

        if (lastDose is { } last && on.DayNumber - last.DayNumber < MinIntervalDays && on >= last)
        {
            errors.Add("givenOn", "vitA.interval", last.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        return errors;
    }
}
