namespace CoSo.Data.Pharmacy;

/// <summary>One lot's line of the monthly stock report (xuất – nhập – tồn): quantities in units, values in đồng.</summary>
public sealed record StockReportRow(
    string DrugCode, string DrugName, string Unit, string LotNumber, DateOnly ExpiryDate, decimal UnitPrice,
    decimal Opening, decimal Received, decimal Dispensed, decimal OtherIssued, decimal Closing)
{
    public decimal ClosingValue => Closing * UnitPrice;

    public decimal DispensedValue => Dispensed * UnitPrice;
}
