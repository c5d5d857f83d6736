namespace CoSo.Core.Pharmacy;

/// <summary>One line of the stock ledger: a signed quantity of one lot on one day. The ledger is append-only; a
/// lot's quantity equals the sum of its movements.</summary>
public sealed class StockMovement
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid StationId { get; set; }

    public Guid LotId { get; set; }

    public string DrugCode { get; set; } = string.Empty;

    public StockMovementKind Kind { get; set; }

    /// <summary>Positive into stock, negative out of it.</summary>
    public decimal Quantity { get; set; }

    /// <summary>The lot's unit price, copied so that the value of a month's movements never changes afterwards.</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>Local (Asia/Ho_Chi_Minh) date the movement counts on.</summary>
    public DateOnly OnDate { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public Guid? UserId { get; set; }

    /// <summary>Why (required for adjustments and returns), or the supplier's invoice of a receipt.</summary>
    public string? Reason { get; set; }

    /// <summary>The visit whose prescription was dispensed (no resident is named in the ledger itself).</summary>
    public Guid? EncounterId { get; set; }

    public Guid? PrescriptionLineId { get; set; }

    /// <summary>The other station of a transfer.</summary>
    public Guid? CounterpartStationId { get; set; }
}
