using CoSo.Core.Bhyt;
using CoSo.Core.People;

namespace CoSo.Core.Tests.Bhyt;

/// <summary>Visits of the demo's branches, written by hand (the figures of bhyt-xml-notes.md §4).</summary>
internal static class ClaimSamples
{
    public static BhytReferenceData Data { get; } = BhytReferenceData.Load(Path.Combine(AppContext.BaseDirectory, "data"));

    public static readonly DateTime Arrived = new(2026, 10, 12, 8, 5, 0);
    public static readonly DateTime Ended = new(2026, 10, 12, 8, 25, 0);

    public static ServicePrice Exam => Data.Prices.On("TYT.KB", new DateOnly(2026, 10, 12))!;

    public static ServicePrice Glucose => Data.Prices.On("TYT.GLU", new DateOnly(2026, 10, 12))!;

    public static ClaimInput Visit(string maLk = "38001-0001") => new()
    {
        MaLk = maLk, MaCskcb = "38001", HeadNumber = "3812345678", PatientId = "P1", FullName = "Lê Thị Hoa", Cccd = "038186001234",
        BirthDate = new DateOnly(1961, 3, 4), BirthYear = 1961, Sex = Sex.Female, EthnicityCode = "01", Address = "Thôn 1, phường Hàm Rồng",
        ProvinceCode = "38", CommuneCode = "14797", CardNumber = "HT3383812345678", CardFacility = "38001",
        CardFrom = new DateOnly(2026, 1, 1), CardTo = new DateOnly(2026, 12, 31), Covered = true, Category = "1.2", BenefitPercent = 100,
        ArrivedAt = Arrived, EndedAt = Ended, VisitDate = new DateOnly(2026, 10, 12), Reason = "Tái khám tăng huyết áp",
        MainCode = "I10", MainName = "Bệnh lý tăng huyết áp", WeightKg = 58.5m, ClinicianCode = "(bacsi)",
        Services = [new ClaimServiceLine(Exam, 1, 100, Arrived.AddMinutes(5), null, null, null)],
    };

    public static ClaimDrug Drug(string name, decimal quantity, decimal price, bool inScope = true) =>
        new(inScope ? "40.500" : "00.0000", name, "viên", "5 mg", "1.01", "viên nén", "1 viên/lần * 1 lần/ngày * 30 ngày", "VD-10000-26", "SAMPLE;G1;N4;2026",
            inScope, quantity, price, Arrived.AddMinutes(10));
}
