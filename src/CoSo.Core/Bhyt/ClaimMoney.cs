using System.Globalization;

namespace CoSo.Core.Bhyt;

/// <summary>
/// The money rules of QĐ 4750 (bhyt-xml-notes.md §4): every amount in <see cref="decimal"/>, rounded once per line to
/// 2 decimals (half away from zero, as a cashier rounds), quantities and unit prices to 3; written with '.' and no
/// thousands separator. Per line: THANH_TIEN_BV = T_BHTT + T_BNCCT + T_BNTT + T_NGUONKHAC.
/// </summary>
public static class ClaimMoney
{
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    public static decimal Round3(decimal value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    /// <summary>"12600", "315.5", "73368.5": the shortest exact form.</summary>
    public static string Text(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    public static bool TryRead(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>The amounts of one line, from quantity, prices and rates.</summary>
    /// <param name="serviceRate">TYLE_TT_DV (XML3; 100 for a drug).</param>
    /// <param name="insuranceRate">TYLE_TT_BH: 100 in scope, 0 outside.</param>
    /// <param name="benefit">MUC_HUONG.</param>
    public static LineAmounts Line(decimal quantity, decimal priceBv, decimal priceBh, int serviceRate, int insuranceRate, decimal benefit)
    {
        var bv = Round2(quantity * priceBv * serviceRate / 100m);
        var bh = Round2(quantity * priceBh * serviceRate / 100m * insuranceRate / 100m);
        var bhtt = Round2(bh * benefit / 100m);
        return new LineAmounts(bv, bh, bhtt, bh - bhtt, bv - bh, 0m);
    }
}
