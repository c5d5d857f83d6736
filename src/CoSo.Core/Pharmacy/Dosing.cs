using System.Globalization;

namespace CoSo.Core.Pharmacy;

/// <summary>Quantity and the written instruction of a prescription line from dose × times a day × days.</summary>
public static class Dosing
{
    /// <summary>Units to hand out: whole units, rounded up (a half tablet twice a day for 5 days is 5 tablets).</summary>
    public static decimal Quantity(decimal dosePerTake, int timesPerDay, int days) =>
        Math.Ceiling(dosePerTake * timesPerDay * days);

    /// <summary>"Ngày uống 2 lần, mỗi lần 1 viên, sau ăn" (Vietnamese, as the prescription form is written).</summary>
    public static string Instruction(string route, decimal dosePerTake, int timesPerDay, string unit, string? note)
    {
        var verb = route.Equals("uống", StringComparison.OrdinalIgnoreCase) ? "uống" : "dùng";
        var dose = dosePerTake.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));
        var text = $"Ngày {verb} {timesPerDay} lần, mỗi lần {dose} {unit}";
        return string.IsNullOrWhiteSpace(note) ? text : text + ", " + note.Trim();
    }
}
