namespace CoSo.Core.Pharmacy;

/// <summary>
/// First-expiry-first-out: an issue takes from the lot that expires first, then the next, never from a lot expired on
/// the day of issue, and never more than a lot holds. The station pharmacy rule (and the BHYT claim then prices each
/// unit at the purchase price of the lot it came from).
/// </summary>
public static class Fefo
{
    /// <summary>The takes that cover <paramref name="quantity"/>, or null when the usable lots hold less.</summary>
    public static IReadOnlyList<LotTake>? Allocate(IEnumerable<StockLot> lots, decimal quantity, DateOnly on)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        var takes = new List<LotTake>();
        var left = quantity;
        foreach (var lot in Usable(lots, on))
        {
            var take = Math.Min(lot.Quantity, left);
            takes.Add(new LotTake(lot, take));
            left -= take;
            if (left == 0)
            {
                return takes;
            }
        }

        return null;
    }

    /// <summary>Lots that may be issued on a day, in the order they are issued.</summary>
    public static IEnumerable<StockLot> Usable(IEnumerable<StockLot> lots, DateOnly on) =>
        lots.Where(l => l.Quantity > 0 && !l.IsExpiredOn(on)).OrderBy(l => l.ExpiryDate).ThenBy(l => l.ReceivedOn).ThenBy(l => l.Id);
}
