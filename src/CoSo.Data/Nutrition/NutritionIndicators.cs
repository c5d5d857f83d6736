using CoSo.Core.Indicators;

namespace CoSo.Data.Nutrition;

/// <summary>The nutrition programme's indicators of the monthly report.</summary>
public static class NutritionIndicators
{
    public const string VitaminA = "NUT.vitaminA";

    public static IndicatorDefinition VitaminADefinition { get; } = new()
    {
        Code = VitaminA, Programme = "Dinh dưỡng", Target = 95,
        NameVi = "Trẻ 6–36 tháng được uống vitamin A liều cao (6 tháng qua)", NameEn = "Children 6–36 months given high-dose vitamin A (last 6 months)",
        NumeratorVi = "Trẻ 6–36 tháng tuổi vào ngày cuối kỳ đã uống vitamin A trong 6 tháng tính đến ngày đó",
        DenominatorVi = "Trẻ 6–36 tháng tuổi đang quản lý vào ngày cuối kỳ",
    };
}
