namespace CoSo.Core.Indicators;

/// <summary>
/// Indicators of the monthly commune report (data/reports/monthly-commune-report.json) that are not 2030 targets:
/// population, deaths, visits by ICD-10 chapter, chronic disease, notifiable disease, immunization, antenatal care and
/// nutrition. Same engine, same storage and roll-up as T1–T12; the dashboard shows only the targets, the report forms
/// and the DHIS2 export use these too. The programmes' own indicators (antenatal care and births in
/// <c>CoSo.Data.Maternal.MaternalIndicators</c>, nutrition in <c>CoSo.Data.Nutrition.NutritionIndicators</c>) are
/// defined beside their data. A report cell naming a code nobody defines renders "—", never 0.
/// </summary>
public static class ReportIndicators
{
    public const string Births = "POP.births";
    public const string Deaths = "POP.deaths";
    public const string InfantDeaths = "MCH.infantDeaths";
    public const string NeonatalDeaths = "MCH.neonatalDeaths";
    public const string HypertensionManaged = "NCD.htnManaged";
    public const string DiabetesManaged = "NCD.dmManaged";
    public const string HypertensionControlled = "NCD.htnControlled";
    public const string DiabetesControlled = "NCD.dmControlled";
    public const string GroupACases = "CDS.groupA";
    public const string GroupBCases = "CDS.groupB";
    public const string FullyImmunized = "EPI.fullyImmunized";
    public const string MeaslesRubella = "EPI.mr18";
    public const string HepBBirth24h = "EPI.hepbBirth24h";
    public const string YearlyCheck = "PHC.yearlyCheck";
    public const string FamilyPlanningNewUsers = "FP.newUsers";
    public const string ContraceptivePrevalence = "FP.cpr";
    public const string CmeOnSchedule = "HR.cmeOnSchedule";

    private const string ManagedVi = "Người dân đang quản lý vào ngày cuối kỳ";

    public static IndicatorDefinition BirthsDefinition { get; } = new()
    {
        Code = Births, Programme = "Dân số", Unit = IndicatorUnit.PerThousand, Direction = IndicatorDirection.HigherIsBetter,
        NameVi = "Số trẻ đẻ ra sống / tỷ suất sinh thô của kỳ (‰)", NameEn = "Live births / crude birth rate of the period (‰)",
        NumeratorVi = "Người dân có ngày sinh trong kỳ (không tính hồ sơ đã gộp)", DenominatorVi = ManagedVi,
        Disaggregations = ["sex"],
    };

    public static IndicatorDefinition DeathsDefinition { get; } = new()
    {
        Code = Deaths, Programme = "Dân số", Unit = IndicatorUnit.PerThousand, Direction = IndicatorDirection.LowerIsBetter,
        NameVi = "Số người tử vong / tỷ suất chết thô của kỳ (‰)", NameEn = "Deaths / crude death rate of the period (‰)",
        NumeratorVi = "Người dân có ngày tử vong trong kỳ", DenominatorVi = ManagedVi,
        Disaggregations = ["sex", "ageGroup"],
    };

    public static IndicatorDefinition InfantDeathsDefinition { get; } = new()
    {
        Code = InfantDeaths, Programme = "Sức khỏe bà mẹ trẻ em", Unit = IndicatorUnit.PerThousand, Direction = IndicatorDirection.LowerIsBetter,
        NameVi = "Tử vong trẻ dưới 1 tuổi (trên 1.000 trẻ đẻ ra sống trong kỳ)", NameEn = "Infant deaths (per 1,000 live births of the period)",
        NumeratorVi = "Trẻ tử vong trong kỳ trước sinh nhật đầu tiên", DenominatorVi = "Trẻ đẻ ra sống trong kỳ",
    };

    /// <summary>Deaths in the first 28 days of life (days 0–27, WHO's neonatal period) per 1,000 live births of the period.</summary>
    public static IndicatorDefinition NeonatalDeathsDefinition { get; } = new()
    {
        Code = NeonatalDeaths, Programme = "Sức khỏe bà mẹ trẻ em", Unit = IndicatorUnit.PerThousand, Direction = IndicatorDirection.LowerIsBetter,
        NameVi = "Tử vong sơ sinh (trong 28 ngày đầu, trên 1.000 trẻ đẻ ra sống trong kỳ)", NameEn = "Neonatal deaths (first 28 days, per 1,000 live births of the period)",
        NumeratorVi = "Trẻ tử vong trong kỳ khi chưa đủ 28 ngày tuổi", DenominatorVi = "Trẻ đẻ ra sống trong kỳ",
    };

    /// <summary>Visits whose main diagnosis falls in an ICD-10 chapter (or none of the listed chapters).</summary>
    public static IndicatorDefinition VisitsByChapter(IcdChapterGroup group) => new()
    {
        Code = group.Code, Programme = "Khám chữa bệnh", Unit = IndicatorUnit.Count, Subject = IndicatorSubject.Visits,
        NameVi = "Lượt khám tại trạm theo chương ICD-10: " + group.NameVi, NameEn = "Visits at the station by ICD-10 chapter: " + group.NameEn,
        NumeratorVi = "Lượt khám tại trạm trong kỳ có chẩn đoán chính thuộc " + group.NameVi, DenominatorVi = "Lượt khám tại trạm trong kỳ",
    };

    public static IndicatorDefinition HypertensionManagedDefinition { get; } = Managed(HypertensionManaged, "tăng huyết áp", "hypertension");

    public static IndicatorDefinition DiabetesManagedDefinition { get; } = Managed(DiabetesManaged, "đái tháo đường", "diabetes");

    /// <summary>
    /// HEARTS/Simple control rate of the period's last month (docs/chronic-care.md): latest BP of the last 3 months
    /// &lt; 140/90, over patients registered before those 3 months, alive, at the station, not lost to follow-up.
    /// </summary>
    public static IndicatorDefinition HypertensionControlledDefinition { get; } = new()
    {
        Code = HypertensionControlled, Programme = "Bệnh không lây nhiễm", Unit = IndicatorUnit.Percent,
        NameVi = "Người tăng huyết áp kiểm soát được huyết áp (HEARTS)", NameEn = "Hypertension patients with controlled BP (HEARTS)",
        NumeratorVi = "Lần đo gần nhất trong 3 tháng cuối kỳ < 140/90", DenominatorVi = "Người đăng ký trước 3 tháng cuối kỳ, còn sống, còn ở trạm, không mất dấu 12 tháng",
    };

    public static IndicatorDefinition DiabetesControlledDefinition { get; } = new()
    {
        Code = DiabetesControlled, Programme = "Bệnh không lây nhiễm", Unit = IndicatorUnit.Percent,
        NameVi = "Người đái tháo đường kiểm soát được đường huyết (HEARTS)", NameEn = "Diabetes patients with controlled glucose (HEARTS)",
        NumeratorVi = "Lần đo gần nhất trong 3 tháng cuối kỳ: HbA1c < 7 % hoặc glucose lúc đói < 7,0 mmol/L", DenominatorVi = "Người đăng ký trước 3 tháng cuối kỳ, còn sống, còn ở trạm, không mất dấu 12 tháng",
    };

    public static IndicatorDefinition GroupACasesDefinition { get; } = Cases(GroupACases, "A");

    public static IndicatorDefinition GroupBCasesDefinition { get; } = Cases(GroupBCases, "B");

    /// <summary>Children whose first birthday falls in the period, with every component of "fully immunized" valid before it.</summary>
    public static IndicatorDefinition FullyImmunizedDefinition { get; } = new()
    {
        Code = FullyImmunized, Programme = "Tiêm chủng mở rộng", Target = 95,
        NameVi = "Trẻ dưới 1 tuổi được tiêm chủng đầy đủ", NameEn = "Children fully immunized before their first birthday",
        NumeratorVi = "Trẻ tròn 1 tuổi trong kỳ có đủ các mũi (BCG, 3 DPT-VGB-Hib, 3 OPV, sởi 1) hợp lệ trước sinh nhật đầu tiên",
        DenominatorVi = "Trẻ trong sổ tiêm chủng tròn 1 tuổi trong kỳ",
    };

    /// <summary>Children whose second birthday falls in the period, with a valid MR dose before it (given at 18 months).</summary>
    public static IndicatorDefinition MeaslesRubellaDefinition { get; } = new()
    {
        Code = MeaslesRubella, Programme = "Tiêm chủng mở rộng", Target = 95,
        NameVi = "Trẻ 18 tháng được tiêm sởi – rubella (MR)", NameEn = "Children given measles–rubella (MR) at 18 months",
        NumeratorVi = "Trẻ tròn 2 tuổi trong kỳ có mũi MR hợp lệ trước sinh nhật thứ hai",
        DenominatorVi = "Trẻ trong sổ tiêm chủng tròn 2 tuổi trong kỳ",
    };

    /// <summary>
    /// Live births of the period given the hepatitis B birth dose within 24 hours (TT 52/2025/TT-BYT: "trong vòng 24 giờ
    /// sau khi sinh"), measured in hours when the birth time and the dose time are recorded
    /// (<see cref="Immunization.BirthDoseTiming"/>); a dose on the day after birth with a time missing is not counted.
    /// </summary>
    public static IndicatorDefinition HepBBirth24hDefinition { get; } = new()
    {
        Code = HepBBirth24h, Programme = "Tiêm chủng mở rộng", Target = 95, // NQ 72-NQ/TW: every EPI vaccine above 95 %
        NameVi = "Trẻ sơ sinh được tiêm vắc xin viêm gan B trong vòng 24 giờ sau sinh", NameEn = "Newborns given the hepatitis B birth dose within 24 hours",
        NumeratorVi = "Trẻ sinh trong kỳ có mũi viêm gan B sơ sinh trong vòng 24 giờ (tính theo giờ sinh và giờ tiêm khi có; tiêm ngày hôm sau mà thiếu giờ thì không tính)",
        DenominatorVi = "Trẻ trong sổ tiêm chủng sinh trong kỳ",
    };

    /// <summary>
    /// Resolution 72-NQ/TW (09/9/2025): from 2026 every resident gets a free periodic health check or screening at least
    /// once a year. Residents managed on the period's last day with a visit of purpose "periodic check" or "screening"
    /// (not voided) in the 12 months ending that day, over the residents managed that day.
    /// </summary>
    public static IndicatorDefinition YearlyCheckDefinition { get; } = new()
    {
        Code = YearlyCheck, Programme = "Chăm sóc sức khỏe ban đầu", Target = 100,
        NameVi = "Tỷ lệ người dân được khám sức khỏe định kỳ hoặc khám sàng lọc trong 12 tháng (NQ 72-NQ/TW)",
        NameEn = "Residents with a periodic health check or screening in the last 12 months (Resolution 72-NQ/TW)",
        NumeratorVi = "Người dân đang quản lý có lần khám sức khỏe định kỳ hoặc khám sàng lọc (không bị hủy) trong 12 tháng đến ngày cuối kỳ",
        DenominatorVi = ManagedVi,
        Disaggregations = ["sex", "ageGroup"],
    };

    /// <summary>
    /// Continuing medical education for licence renewal (Law on Medical Examination and Treatment 2023), per clinician:
    /// what T11 measured before it became the facility-plan target. The requirement is CoSo:Workforce (default 120 in 5
    /// years); the legal unit is probably 120 tiết (periods), not hours — not verified, see docs/workforce.md.
    /// </summary>
    public static IndicatorDefinition CmeOnScheduleDefinition { get; } = new()
    {
        Code = CmeOnSchedule, Programme = "Nhân lực", Subject = IndicatorSubject.Units, PeriodType = PeriodType.Year,
        NameVi = "Tỷ lệ nhân viên chuyên môn đủ thời lượng cập nhật kiến thức y khoa liên tục (CME) trong 5 năm",
        NameEn = "Clinicians with the continuing medical education (CME) required in 5 years",
        NumeratorVi = "Nhân viên chuyên môn của trạm vào ngày cuối kỳ có đủ số giờ (tiết) CME trong 5 năm đến ngày đó theo cấu hình (mặc định 120)",
        DenominatorVi = "Nhân viên chuyên môn của trạm phải cập nhật kiến thức y khoa liên tục",
    };

    /// <summary>Women whose first modern contraceptive method started in the period (new acceptors).</summary>
    public static IndicatorDefinition FamilyPlanningNewUsersDefinition { get; } = new()
    {
        Code = FamilyPlanningNewUsers, Programme = "Dân số – KHHGĐ", Unit = IndicatorUnit.Count,
        NameVi = "Số người mới sử dụng biện pháp tránh thai hiện đại", NameEn = "New users of a modern contraceptive method",
        NumeratorVi = "Người dân có biện pháp tránh thai hiện đại đầu tiên bắt đầu trong kỳ", DenominatorVi = "—",
    };

    /// <summary>Women 15–49 using a modern method on the period's last day, over the women 15–49 managed then.</summary>
    public static IndicatorDefinition ContraceptivePrevalenceDefinition { get; } = new()
    {
        Code = ContraceptivePrevalence, Programme = "Dân số – KHHGĐ",
        NameVi = "Tỷ lệ phụ nữ 15–49 tuổi đang sử dụng biện pháp tránh thai hiện đại", NameEn = "Women 15–49 using a modern contraceptive method",
        NumeratorVi = "Phụ nữ 15–49 tuổi (theo năm sinh) đang dùng biện pháp tránh thai hiện đại vào ngày cuối kỳ",
        DenominatorVi = "Phụ nữ 15–49 tuổi (theo năm sinh) đang quản lý vào ngày cuối kỳ",
    };

    private static IndicatorDefinition Managed(string code, string vi, string en) => new()
    {
        Code = code, Programme = "Bệnh không lây nhiễm", Unit = IndicatorUnit.Count,
        NameVi = $"Người {vi} đang được quản lý", NameEn = $"People with {en} under management",
        NumeratorVi = $"Người có đăng ký quản lý {vi} còn hiệu lực vào ngày cuối kỳ", DenominatorVi = ManagedVi,
    };

    private static IndicatorDefinition Cases(string code, string group) => new()
    {
        Code = code, Programme = "Bệnh truyền nhiễm", Unit = IndicatorUnit.Count, Direction = IndicatorDirection.LowerIsBetter,
        NameVi = $"Số ca mắc bệnh truyền nhiễm nhóm {group}", NameEn = $"Cases of group-{group} notifiable diseases",
        NumeratorVi = $"Ca bệnh nhóm {group} khởi phát trong kỳ do trạm báo cáo (trừ ca đã loại trừ)", DenominatorVi = "Ca bệnh truyền nhiễm khởi phát trong kỳ do trạm báo cáo (trừ ca đã loại trừ)",
    };

}
