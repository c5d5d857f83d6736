using CoSo.Core.Indicators;

namespace CoSo.Data.Nutrition;

/// <summary>The nutrition programme's indicators of the monthly report.</summary>
public static class NutritionIndicators
{
    public const string VitaminA = "NUT.vitaminA";
    public const string Underweight = "NUT.underweight";
    public const string Stunting = "NUT.stunting";
    public const string Wasting = "NUT.wasting";

    public static IndicatorDefinition VitaminADefinition { get; } = new()
    {
        Code = VitaminA, Programme = "Dinh dưỡng", Target = 95,
        NameVi = "Trẻ 6–36 tháng được uống vitamin A liều cao (6 tháng qua)", NameEn = "Children 6–36 months given high-dose vitamin A (last 6 months)",
        NumeratorVi = "Trẻ 6–36 tháng tuổi vào ngày cuối kỳ đã uống vitamin A trong 6 tháng tính đến ngày đó",
        DenominatorVi = "Trẻ 6–36 tháng tuổi đang quản lý vào ngày cuối kỳ",
    };

    /// <summary>The prevalence of one form of undernutrition among the children under 5 measured in the period.</summary>
    public static IndicatorDefinition Prevalence(NutritionPrevalence kind) => kind switch
    {
        NutritionPrevalence.Underweight => Define(Underweight, "nhẹ cân", "Underweight", "cân nặng/tuổi (WAZ) < −2 SD hoặc phù", "được cân"),
        NutritionPrevalence.Stunting => Define(Stunting, "thấp còi", "Stunting", "chiều dài-chiều cao/tuổi (HAZ) < −2 SD", "được đo chiều dài/chiều cao"),
        _ => Define(Wasting, "gầy còm", "Wasting", "cân nặng/chiều dài-chiều cao (WHZ) < −2 SD hoặc phù", "được cân và đo"),
    };

    private static IndicatorDefinition Define(string code, string vi, string en, string rule, string measured) => new()
    {
        Code = code, Programme = "Dinh dưỡng", Direction = IndicatorDirection.LowerIsBetter,
        NameVi = $"Trẻ dưới 5 tuổi suy dinh dưỡng thể {vi}", NameEn = $"{en} among children under 5 (measured in the period)",
        NumeratorVi = $"Trẻ dưới 5 tuổi có lần đo cuối trong kỳ với {rule} (theo chuẩn WHO 2006)",
        DenominatorVi = $"Trẻ dưới 5 tuổi {measured} trong kỳ (lần đo cuối có Z-score hợp lệ)",
    };
}
