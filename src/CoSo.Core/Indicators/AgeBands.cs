using CoSo.Core.People;

namespace CoSo.Core.Indicators;

/// <summary>
/// The disaggregations of population indicators: sex, and age on the period's last day in five bands —
/// under 1, 1–4, 5–14, 15–59 and 60 and over (older persons, Luật Người cao tuổi 2009). A resident with only a birth
/// year is aged as if born on 1 January of that year (the usual convention of Vietnamese population registers).
/// Category keys are stable text used in storage, the API and the DHIS2 mapping: "sex:M", "sex:F", "age:<1" …
/// </summary>
public static class AgeBands
{
    public const string Sex = "sex";
    public const string AgeGroup = "ageGroup";

    /// <summary>Lower age bound of each band, in years.</summary>
    public static IReadOnlyList<int> LowerBounds { get; } = [0, 1, 5, 15, 60];

    public static IReadOnlyList<string> Keys { get; } = ["age:<1", "age:1-4", "age:5-14", "age:15-59", "age:60+"];

    public static IReadOnlyList<(string Key, string Vi, string En)> Categories { get; } =
    [
        ("sex:M", "Nam", "Male"), ("sex:F", "Nữ", "Female"),
        ("age:<1", "Dưới 1 tuổi", "Under 1"), ("age:1-4", "1–4 tuổi", "1–4 years"), ("age:5-14", "5–14 tuổi", "5–14 years"),
        ("age:15-59", "15–59 tuổi", "15–59 years"), ("age:60+", "Từ 60 tuổi", "60 and over"),
    ];

    public static string SexKey(Sex sex) => sex == People.Sex.Male ? "sex:M" : "sex:F";

    /// <summary>The band index (0–4) of a resident on a date.</summary>
    public static int BandOf(DateOnly? birthDate, int birthYear, DateOnly on)
    {
        var birth = birthDate ?? new DateOnly(birthYear, 1, 1);
        var band = 0;
        for (var i = 1; i < LowerBounds.Count; i++)
        {
            // Aged at least N on `on` ⇔ born on or before the same day N years earlier.
            if (birth <= on.AddYears(-LowerBounds[i]))
            {
                band = i;
            }
        }

        return band;
    }
}
