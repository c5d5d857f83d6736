namespace CoSo.Core.FamilyPlanning;

/// <summary>
/// The methods' rules, from WHO's Medical eligibility criteria / Family Planning: A Global Handbook for Providers (2022)
/// as the Ministry's reproductive-health guideline takes them up (QĐ 4128/QĐ-BYT, 2016, part on contraception):
/// DMPA every 3 months (13 weeks; a repeat injection up to 4 weeks late is still given), pills by the cycle (28 days per
/// cycle given), condoms by the piece, the copper IUD up to 10 years, implants 3 (etonogestrel) to 5 (levonorgestrel)
/// years — CoSo uses 3 to remind early —, sterilisation permanent.
/// </summary>
public static class MethodRules
{
    public const int InjectableGraceDays = 28;

    public static IReadOnlyList<MethodRule> All { get; } =
    [
        new(ContraceptiveMethod.Pill, true, 28, null, "Viên uống tránh thai", "Oral pills", "vỉ"),
        new(ContraceptiveMethod.Injectable, true, 91, null, "Thuốc tiêm tránh thai", "Injectable", "mũi"),
        new(ContraceptiveMethod.Implant, true, null, 3, "Que cấy tránh thai", "Implant", "que"),
        new(ContraceptiveMethod.Iud, true, null, 10, "Dụng cụ tử cung", "IUD", "dụng cụ"),
        new(ContraceptiveMethod.Condom, true, null, null, "Bao cao su", "Condom", "chiếc"),
        new(ContraceptiveMethod.FemaleSterilisation, true, null, null, "Triệt sản nữ", "Female sterilisation", "lần"),
        new(ContraceptiveMethod.MaleSterilisation, true, null, null, "Triệt sản nam", "Male sterilisation", "lần"),
        new(ContraceptiveMethod.Traditional, false, null, null, "Biện pháp truyền thống", "Traditional method", "lần"),
    ];

    public static MethodRule Of(ContraceptiveMethod method) => All.First(r => r.Method == method);

    /// <summary>When the next supply is due: pills by the cycles given, injections 13 weeks after the last.</summary>
    public static DateOnly? NextSupplyDue(ContraceptiveMethod method, DateOnly lastSupply, decimal quantity) => Of(method) switch
    {
        { Method: ContraceptiveMethod.Pill } => lastSupply.AddDays(28 * (int)Math.Max(1, quantity)),
        { ResupplyDays: { } days } => lastSupply.AddDays(days),
        { LastsYears: { } years } => lastSupply.AddYears(years),
        _ => null,
    };

    /// <summary>A woman of reproductive age: 15–49 years on the day (the denominator of contraceptive prevalence).</summary>
    public static bool ReproductiveAge(DateOnly birth, DateOnly on)
    {
        var age = Common.VietnamClock.AgeInYears(birth, on);
        return age is >= 15 and <= 49;
    }
}
