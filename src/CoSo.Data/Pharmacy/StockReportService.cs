using CoSo.Core.Common;
using CoSo.Core.Pharmacy;
using CoSo.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Pharmacy;

/// <summary>
/// The monthly stock report from the ledger alone: opening = everything before the month, then the month's receipts
/// (deliveries, transfers in, returns, positive corrections), dispensing, other issues, and the closing balance.
/// One grouped query per report; the ledger's (station, date, lot) index serves it.
/// </summary>
public sealed class StockReportService(CoSoDbContext db, StationResolver stations)
{
    public async Task<StockReport> MonthAsync(Guid? stationId, int year, int month, CancellationToken ct = default)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 2100)
        {
            throw new DomainValidationException("month", "period.invalid");
        }

        var station = await stations.ResolveAsync(stationId, ct);
        var start = new DateOnly(year, month, 1);
        var next = start.AddMonths(1);
        const StockMovementKind dispense = StockMovementKind.Dispense;
        var sums = await db.Set<StockMovement>().AsNoTracking()
            .Where(m => m.StationId == station.Id && m.OnDate < next)
            .GroupBy(m => m.LotId)
            .Select(g => new
            {
                LotId = g.Key,
                Opening = g.Sum(m => m.OnDate < start ? m.Quantity : 0),
                Received = g.Sum(m => m.OnDate >= start && m.Quantity > 0 ? m.Quantity : 0),
                Dispensed = g.Sum(m => m.OnDate >= start && m.Kind == dispense ? -m.Quantity : 0),
                Other = g.Sum(m => m.OnDate >= start && m.Quantity < 0 && m.Kind != dispense ? -m.Quantity : 0),
            })
            .ToListAsync(ct);
        var ids = sums.Select(s => s.LotId).ToList();
        var lots = await db.Set<StockLot>().AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var codes = lots.Values.Select(l => l.DrugCode).Distinct().ToList();
        var drugs = await db.Drugs.AsNoTracking().Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, ct);
        var rows = sums
            .Where(s => s.Opening != 0 || s.Received != 0 || s.Dispensed != 0 || s.Other != 0)
            .Select(s =>
            {
                var lot = lots[s.LotId];
                var drug = drugs.GetValueOrDefault(lot.DrugCode);
                return new StockReportRow(lot.DrugCode, drug?.Display ?? lot.DrugCode, drug?.Unit ?? string.Empty, lot.LotNumber, lot.ExpiryDate, lot.UnitPrice,
                    s.Opening, s.Received, s.Dispensed, s.Other, s.Opening + s.Received - s.Dispensed - s.Other);
            })
            .OrderBy(r => r.DrugName, StringComparer.Ordinal).ThenBy(r => r.ExpiryDate)
            .ToList();
        return new StockReport(station.Id, station.Name, year, month, rows);
    }
}
