namespace CoSo.Data.Pharmacy;

/// <summary>A station's stock over one month: every lot that had stock or movement, with totals.</summary>
public sealed record StockReport(Guid StationId, string StationName, int Year, int Month, IReadOnlyList<StockReportRow> Rows)
{
    public decimal ClosingValue => Rows.Sum(r => r.ClosingValue);

    public decimal DispensedValue => Rows.Sum(r => r.DispensedValue);
}
