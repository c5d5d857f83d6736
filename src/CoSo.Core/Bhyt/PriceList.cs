using System.Globalization;

namespace CoSo.Core.Bhyt;

/// <summary>The technical-service price list as dated data: the price in force on the visit's date is used.</summary>
public sealed class PriceList(IEnumerable<ServicePrice> prices)
{
    private readonly List<ServicePrice> _prices = prices.OrderBy(p => p.ValidFrom).ToList();

    public static PriceList Parse(IEnumerable<Dictionary<string, string>> rows) => new(rows.Select(r => new ServicePrice(
        r["code"], int.Parse(r["ma_nhom"], CultureInfo.InvariantCulture), r["name_vi"], r["unit"],
        decimal.Parse(r["price"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
        DateOnly.ParseExact(r["valid_from"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        string.IsNullOrEmpty(r["valid_to"]) ? null : DateOnly.ParseExact(r["valid_to"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
        r["source"])));

    public IReadOnlyList<ServicePrice> All => _prices;

    /// <summary>The latest price of the code that started on or before the date and has not ended; null if none.</summary>
    public ServicePrice? On(string code, DateOnly date) =>
        _prices.LastOrDefault(p => p.Code == code && p.ValidFrom <= date && (p.ValidTo is null || date <= p.ValidTo));
}
