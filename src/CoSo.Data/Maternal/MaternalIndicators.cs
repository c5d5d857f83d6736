using CoSo.Core.Indicators;

namespace CoSo.Data.Maternal;

/// <summary>The maternal programme's indicators of the monthly report: antenatal care, births, deaths, postnatal care.</summary>
public static class MaternalIndicators
{
    public const string FourVisits = "ANC.4visits";
    public const string Tetanus = "ANC.tetanus";
    public const string SkilledBirths = "MCH.skilledBirths";
    public const string Stillbirths = "MCH.stillbirths";
    public const string MaternalDeaths = "MCH.maternalDeaths";
    public const string Postnatal = "MCH.postnatal";

    private const string Delivered = "Phụ nữ đẻ trong kỳ (cuộc đẻ có ngày đẻ trong kỳ)";

    public static IndicatorDefinition FourVisitsDefinition { get; } = new()
    {
        Code = FourVisits, Programme = "Sức khỏe sinh sản", Target = 90,
        NameVi = "Phụ nữ đẻ được khám thai ≥ 4 lần", NameEn = "Women giving birth with ≥ 4 antenatal visits",
        NumeratorVi = "Phụ nữ đẻ trong kỳ có từ 4 lần khám thai trở lên trong thai kỳ đó (đến ngày đẻ)", DenominatorVi = Delivered,
    };

    public static IndicatorDefinition TetanusDefinition { get; } = new()
    {
        Code = Tetanus, Programme = "Sức khỏe sinh sản", Target = 90,
        NameVi = "Phụ nữ đẻ được tiêm phòng uốn ván đủ mũi (trẻ được bảo vệ khi sinh)", NameEn = "Women giving birth protected against tetanus (protected at birth)",
        NumeratorVi = "Phụ nữ đẻ trong kỳ mà các mũi uốn ván hợp lệ còn bảo vệ vào ngày đẻ (mũi 2: 3 năm, mũi 3: 5 năm, mũi 4: 10 năm, mũi 5: suốt đời; tiêm trước đẻ ≥ 14 ngày)",
        DenominatorVi = Delivered,
    };

    public static IndicatorDefinition SkilledBirthsDefinition { get; } = new()
    {
        Code = SkilledBirths, Programme = "Sức khỏe sinh sản", Target = 98,
        NameVi = "Phụ nữ đẻ được nhân viên y tế có chuyên môn đỡ", NameEn = "Births attended by skilled health personnel",
        NumeratorVi = "Cuộc đẻ trong kỳ do bác sĩ, hộ sinh, y sĩ hoặc điều dưỡng đỡ", DenominatorVi = Delivered,
    };

    public static IndicatorDefinition StillbirthsDefinition { get; } = new()
    {
        Code = Stillbirths, Programme = "Sức khỏe bà mẹ trẻ em", Unit = IndicatorUnit.PerThousand, Direction = IndicatorDirection.LowerIsBetter,
        NameVi = "Thai chết lưu khi sinh (trên 1.000 trẻ đẻ ra)", NameEn = "Stillbirths (per 1,000 total births)",
        NumeratorVi = "Trẻ đẻ ra chết trong các cuộc đẻ của kỳ", DenominatorVi = "Trẻ đẻ ra (sống và chết) trong các cuộc đẻ của kỳ",
    };

    public static IndicatorDefinition MaternalDeathsDefinition { get; } = new()
    {
        Code = MaternalDeaths, Programme = "Sức khỏe bà mẹ trẻ em", Unit = IndicatorUnit.Count, Direction = IndicatorDirection.LowerIsBetter,
        NameVi = "Số bà mẹ tử vong (khi mang thai hoặc trong 42 ngày sau khi kết thúc thai nghén)", NameEn = "Maternal deaths (during pregnancy or within 42 days of its end)",
        NumeratorVi = "Phụ nữ tử vong trong kỳ khi đang mang thai hoặc trong 42 ngày sau đẻ/kết thúc thai, trừ nguyên nhân tai nạn, thương tích (ICD-10 S–Y)",
        DenominatorVi = "Trẻ đẻ ra sống trong kỳ",
    };

    public static IndicatorDefinition PostnatalDefinition { get; } = new()
    {
        Code = Postnatal, Programme = "Sức khỏe sinh sản", Target = 90,
        NameVi = "Bà mẹ và trẻ sơ sinh được chăm sóc sau sinh trong tuần đầu", NameEn = "Mothers and newborns visited in the first week after birth",
        NumeratorVi = "Phụ nữ đẻ trong kỳ có lần thăm sau sinh trong 7 ngày sau đẻ", DenominatorVi = Delivered,
    };
}
