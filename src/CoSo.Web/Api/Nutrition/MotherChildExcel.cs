using CoSo.Core.FamilyPlanning;
using CoSo.Core.Growth;
using CoSo.Data.FamilyPlanning;
using CoSo.Data.Growth;
using CoSo.Data.Maternal;
using CoSo.Data.Nutrition;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.Web.Api.Nutrition;

/// <summary>The mother-and-child lists as workbooks for the village and the district (Vietnamese headers).</summary>
public static class MotherChildExcel
{
    public static byte[] WeighingDue(WeighingDueList list, string station) => ListWorkbook.Build("Can do", $"{station} — trẻ đến hạn cân đo ({list.Today:dd/MM/yyyy})",
        [new("Thôn"), new("Họ tên trẻ", 28), new("Ngày sinh", 12, ListCell.Date), new("Tháng tuổi", 10, ListCell.Number), new("Lần cân gần nhất", 14, ListCell.Date),
         new("Cân nặng (kg)", 12, ListCell.Number), new("Phân loại", 36), new("Đến hạn", 12, ListCell.Date), new("Quá hạn", 10)],
        list.Items.Select(i => new object?[]
        {
            i.VillageName, i.FullName, i.BirthDate, i.AgeMonths, i.LastMeasuredOn, i.LastWeightKg, Classes(i), i.DueOn, i.Late ? "Quá hạn" : "",
        }));

    public static byte[] VitaminA(IReadOnlyList<VitaminAChild> list, string station, DateOnly today) => ListWorkbook.Build("Vitamin A", $"{station} — uống vitamin A trẻ 6–36 tháng ({today:dd/MM/yyyy})",
        [new("Thôn"), new("Họ tên trẻ", 28), new("Ngày sinh", 12, ListCell.Date), new("Tháng tuổi", 10, ListCell.Number), new("Liều gần nhất", 14, ListCell.Date), new("Liều cần uống (IU)", 16, ListCell.Number)],
        list.Select(c => new object?[] { c.VillageName, c.FullName, c.BirthDate, c.AgeMonths, c.LastDose, c.DueIu }));

    public static byte[] FamilyPlanningDue(IReadOnlyList<ResupplyDueItem> list, string station, DateOnly today) => ListWorkbook.Build("KHHGD", $"{station} — đến hạn cấp tiếp biện pháp tránh thai ({today:dd/MM/yyyy})",
        [new("Thôn"), new("Họ tên", 28), new("Điện thoại", 14), new("Biện pháp", 24), new("Đến hạn", 12, ListCell.Date), new("Số ngày quá hạn", 14, ListCell.Number)],
        list.Select(i => new object?[] { i.VillageName, i.FullName, i.Phone, MethodRules.Of(i.Method).NameVi, i.Due, i.DaysLate }));

    public static byte[] PostnatalDue(PostnatalDueList list, string station) => ListWorkbook.Build("Sau sinh", $"{station} — bà mẹ, trẻ sơ sinh đến hạn thăm sau sinh ({list.Today:dd/MM/yyyy})",
        [new("Thôn"), new("Họ tên mẹ", 28), new("Điện thoại", 14), new("Ngày đẻ", 12, ListCell.Date), new("Số ngày sau đẻ", 12, ListCell.Number), new("Trẻ sơ sinh", 36),
         new("Lần thăm cần", 30), new("Đến hạn từ", 12, ListCell.Date), new("Tình trạng", 12)],
        list.Items.Select(i => new object?[]
        {
            i.VillageName, i.MotherName, i.Phone, i.DeliveryDate, i.DaysSinceBirth,
            string.Join("; ", i.Newborns.Select(n => n.FullName + (n.BirthWeightGrams is { } g ? $" ({g} g{(n.LowBirthWeight ? ", nhẹ cân" : "")})" : ""))),
            i.ContactLabelVi, i.DueFrom, i.Status == Core.Maternal.CareSlotStatus.Overdue ? "Quá hạn" : "Đến hạn",
        }));

    private static string Classes(WeighingDueChild c)
    {
        var parts = new List<string>();
        if (c.LastWeightForAge is WeightForAgeClass.Underweight or WeightForAgeClass.SevereUnderweight)
        {
            parts.Add(c.LastWeightForAge == WeightForAgeClass.SevereUnderweight ? "Nhẹ cân nặng" : "Nhẹ cân");
        }

        if (c.LastLengthForAge is LengthForAgeClass.Stunting or LengthForAgeClass.SevereStunting)
        {
            parts.Add(c.LastLengthForAge == LengthForAgeClass.SevereStunting ? "Thấp còi nặng" : "Thấp còi");
        }

        if (c.LastWeightForLength is WeightForLengthClass.Wasting or WeightForLengthClass.SevereWasting)
        {
            parts.Add(c.LastWeightForLength == WeightForLengthClass.SevereWasting ? "Gầy còm nặng" : "Gầy còm");
        }
        else if (c.LastWeightForLength is WeightForLengthClass.Overweight or WeightForLengthClass.Obese)
        {
            parts.Add(c.LastWeightForLength == WeightForLengthClass.Obese ? "Béo phì" : "Thừa cân");
        }

        return c.LastMeasuredOn is null ? "Chưa cân đo" : parts.Count == 0 ? "Bình thường" : string.Join(", ", parts);
    }
}
