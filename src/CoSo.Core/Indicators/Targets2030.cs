namespace CoSo.Core.Indicators;

/// <summary>
/// The 2030 targets of Directive 25-CT/TW and the provincial plans (T1–T12). T1–T3 are computed from data CoSo holds;
/// the others are defined with <see cref="IndicatorDefinition.DataAvailable"/> = false until the feature that
/// owns their data (chronic care, workforce, facilities) registers a source that replaces the placeholder.
/// </summary>
public static class Targets2030
{
    public static IndicatorDefinition T1 { get; } = new()
    {
        Code = "T1", Programme = "BHYT", Target = 95, TargetStrict = true, JudgedOnPopulation = true,
        NameVi = "Tỷ lệ dân số tham gia bảo hiểm y tế", NameEn = "Population covered by health insurance (BHYT)",
        NumeratorVi = "Người dân có thẻ BHYT còn hạn vào ngày cuối kỳ", DenominatorVi = "Người dân đang quản lý trong sổ của CoSo (còn sống, không chuyển đi, không bị gộp)",
        PopulationDenominatorVi = "Dân số của xã theo số liệu dân số của năm (năm gần nhất trước đó nếu chưa có); chỉ tiêu được đánh giá trên dân số, chưa có số liệu dân số thì đánh giá trên sổ quản lý",
        Disaggregations = ["sex", "ageGroup"],
    };

    public static IndicatorDefinition T2 { get; } = new()
    {
        Code = "T2", Programme = "BHYT", Target = 95, TargetStrict = true, Subject = IndicatorSubject.Residents,
        NameVi = "Tỷ lệ người dân sử dụng dịch vụ chăm sóc sức khỏe ban đầu tại trạm y tế được BHYT chi trả", NameEn = "Primary-care users at stations paid by BHYT",
        NumeratorVi = "Người dân có ít nhất một lượt khám tại trạm trong kỳ mà hồ sơ đề nghị thanh toán BHYT đã được cổng giám định chấp nhận (hoặc đã gửi, đang chờ kết quả)",
        DenominatorVi = "Người dân có ít nhất một lượt khám tại trạm trong kỳ (mỗi người tính một lần ở mỗi trạm; số của huyện, tỉnh là tổng các trạm)",
    };

    public static IndicatorDefinition T3 { get; } = new()
    {
        Code = "T3", Programme = "Hồ sơ sức khỏe", Target = 95, TargetStrict = true, JudgedOnPopulation = true,
        NameVi = "Tỷ lệ dân số được quản lý sức khỏe (có hồ sơ sức khỏe điện tử)", NameEn = "Population with an electronic health record",
        NumeratorVi = "Người dân có hồ sơ sức khỏe với phần hành chính và ít nhất một mục tiền sử hoặc một lần khám có đo huyết áp/cân nặng (phiên bản hồ sơ trống không tính)",
        DenominatorVi = "Người dân đang quản lý trong sổ của CoSo (còn sống, không chuyển đi, không bị gộp)",
        PopulationDenominatorVi = "Dân số của xã theo số liệu dân số của năm (năm gần nhất trước đó nếu chưa có); chỉ tiêu được đánh giá trên dân số, chưa có số liệu dân số thì đánh giá trên sổ quản lý",
        Disaggregations = ["sex", "ageGroup"],
    };

    public static IndicatorDefinition T4 { get; } = Pending("T4", "Bệnh mạn tính", IndicatorSubject.Residents,
        "Tỷ lệ người có nguy cơ cao được kiểm tra sức khỏe ít nhất 1 lần trong 12 tháng", "High-risk people checked at least once in the last 12 months",
        "Người nguy cơ cao được kiểm tra trong 12 tháng", "Người nguy cơ cao đang quản lý");

    /// <summary>
    /// "Bác sĩ làm việc thường xuyên / cơ hữu" read as a doctor working full time at the station whatever the contract
    /// (permanent or contract), not a rotating, seconded or part-time one — a reading to be confirmed with the Sở Y tế;
    /// the breakdown shows each kind so that the province can choose another.
    /// </summary>
    public static IndicatorDefinition T5 { get; } = new()
    {
        Code = "T5", Programme = "Nhân lực", Subject = IndicatorSubject.Units, Target = 100, PeriodType = PeriodType.Year, DataAvailable = false,
        NameVi = "Tỷ lệ trạm y tế có bác sĩ làm việc thường xuyên", NameEn = "Stations with a doctor working full time",
        NumeratorVi = "Trạm có ít nhất 1 bác sĩ làm việc toàn thời gian tại trạm vào ngày cuối kỳ, biên chế hoặc hợp đồng (không tính bác sĩ luân phiên, điều động, biệt phái hoặc bán thời gian; cách hiểu \"cơ hữu\" này cần Sở Y tế xác nhận)",
        DenominatorVi = "Trạm y tế",
        Disaggregations = [Workforce.StationDoctorKinds.Dimension],
        Categories = Workforce.StationDoctorKinds.Categories,
    };

    public static IndicatorDefinition T6 { get; } = Pending("T6", "Nhân lực", IndicatorSubject.Units,
        "Tỷ lệ thôn, bản có nhân viên y tế được đào tạo ≥ 6 tháng", "Villages with a health worker trained ≥ 6 months",
        "Thôn có nhân viên y tế đào tạo ≥ 6 tháng", "Thôn, bản");

    public static IndicatorDefinition T7 { get; } = Pending("T7", "Nhân lực", IndicatorSubject.Units,
        "Tỷ lệ trạm y tế có hộ sinh hoặc y sỹ sản nhi", "Stations with a midwife or obstetric–paediatric assistant physician",
        "Trạm có hộ sinh hoặc y sỹ sản nhi", "Trạm y tế");

    public static IndicatorDefinition T8 { get; } = Pending("T8", "BHYT", IndicatorSubject.Units,
        "Tỷ lệ trạm y tế đủ điều kiện khám chữa bệnh BHYT ban đầu", "Stations eligible for BHYT primary care",
        "Trạm đủ điều kiện KCB BHYT ban đầu", "Trạm y tế");

    public static IndicatorDefinition T9 { get; } = new()
    {
        Code = "T9", Programme = "Cơ sở vật chất", Subject = IndicatorSubject.Units, Target = 100, PeriodType = PeriodType.Year,
        NameVi = "Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế xã", NameEn = "Communes meeting the national commune-health criteria",
        NumeratorVi = "Xã có bản tự đánh giá của năm được cấp tỉnh (Sở Y tế) duyệt và đạt bộ tiêu chí chính thức (QĐ 1300/QĐ-BYT; bộ ví dụ, bộ chưa xác minh không tính)",
        DenominatorVi = "Xã (trạm y tế); xã chưa có bản được phê duyệt tính là chưa đạt. Chưa xã nào được phê duyệt: chưa có dữ liệu",
    };

    public static IndicatorDefinition T10 { get; } = Pending("T10", "Cơ sở vật chất", IndicatorSubject.Units,
        "Tỷ lệ trạm y tế thực hiện ≥ 90 % danh mục kỹ thuật tuyến xã", "Stations performing ≥ 90 % of the commune-level technical-service list",
        "Trạm thực hiện ≥ 90 % danh mục kỹ thuật", "Trạm y tế");

    /// <summary>
    /// "100% các cơ sở y tế có cán bộ cử đào tạo nâng cao trình độ theo kế hoạch": facilities (stations) that carried
    /// out their yearly training plan. The per-clinician CME measure is the report indicator HR.cmeOnSchedule.
    /// </summary>
    public static IndicatorDefinition T11 { get; } = new()
    {
        Code = "T11", Programme = "Nhân lực", Subject = IndicatorSubject.Units, Target = 100, PeriodType = PeriodType.Year, DataAvailable = false,
        NameVi = "Tỷ lệ cơ sở y tế có cán bộ được cử đào tạo nâng cao trình độ theo kế hoạch", NameEn = "Facilities that sent staff for training as their yearly plan says",
        NumeratorVi = "Trạm có số cán bộ được cử đi đào tạo trong năm (khóa học kết thúc trong năm, khi đang làm việc tại trạm) đạt số cán bộ trong kế hoạch đào tạo năm của trạm",
        DenominatorVi = "Trạm y tế; trạm chưa có kế hoạch đào tạo của năm tính là chưa đạt. Chưa trạm nào có kế hoạch: chưa có dữ liệu",
    };

    public static IndicatorDefinition T12 { get; } = Pending("T12", "Cơ sở vật chất", IndicatorSubject.Units,
        "Tỷ lệ trạm y tế được đầu tư cơ sở vật chất, trang thiết bị đạt chuẩn", "Stations with facilities and equipment invested to standard",
        "Trạm có cơ sở vật chất, trang thiết bị đạt chuẩn", "Trạm y tế");

    public static IReadOnlyList<IndicatorDefinition> All { get; } = [T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12];

    private static IndicatorDefinition Pending(string code, string programme, IndicatorSubject subject, string nameVi, string nameEn, string numerator, string denominator) => new()
    {
        Code = code, Programme = programme, Subject = subject, Target = 100, PeriodType = subject == IndicatorSubject.Units ? PeriodType.Year : PeriodType.Month,
        NameVi = nameVi, NameEn = nameEn, NumeratorVi = numerator, DenominatorVi = denominator, DataAvailable = false,
    };
}
