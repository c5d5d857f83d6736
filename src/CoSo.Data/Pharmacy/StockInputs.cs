namespace CoSo.Data.Pharmacy;

/// <summary>A delivery received into the station's stock (nhập kho).</summary>
public sealed record ReceiveInput(string DrugCode, string LotNumber, DateOnly ExpiryDate, decimal Quantity, decimal UnitPrice)
{
    public Guid? StationId { get; init; }

    public string? Supplier { get; init; }

    /// <summary>The supplier's invoice or delivery note number.</summary>
    public string? Invoice { get; init; }

    public DateOnly? ReceivedOn { get; init; }
}

/// <summary>A count correction, a loss or a disposal (signed: negative takes stock out); a reason is required.</summary>
public sealed record AdjustInput(decimal Delta, string Reason);

/// <summary>Units of a lot sent to another station (or back to the supplier when <see cref="ToStationId"/> is null).</summary>
public sealed record IssueInput(decimal Quantity, string? Reason)
{
    public Guid? ToStationId { get; init; }
}

/// <summary>Units of a dispensed prescription line the patient brings back (nhập lại).</summary>
public sealed record PatientReturnInput(decimal Quantity, string Reason);
