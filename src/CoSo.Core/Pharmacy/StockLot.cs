namespace CoSo.Core.Pharmacy;

/// <summary>A lot of one drug held at a station: what is left of it, its expiry and the price it was bought at.</summary>
public sealed class StockLot
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid StationId { get; set; }

    public string DrugCode { get; set; } = string.Empty;

    public string LotNumber { get; set; } = string.Empty;

    public DateOnly ExpiryDate { get; set; }

    /// <summary>Unit purchase price in đồng (the price the BHYT claim uses for a dispensed unit).</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>Units on hand; never below zero (checked before every issue, guarded by <see cref="Version"/>).</summary>
    public decimal Quantity { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public string? Supplier { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Optimistic concurrency: two dispenses of the last units cannot both succeed.</summary>
    public int Version { get; set; }

    public bool IsExpiredOn(DateOnly date) => ExpiryDate < date;
}
