using CoSo.Core.Common;
using CoSo.Core.Pharmacy;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Pharmacy;

/// <summary>
/// Issues units of a drug from a station's lots, first expiry first, into the caller's unit of work: the lots are
/// tracked and decremented (their version bumped), the ledger lines added, nothing saved. The caller's SaveChanges
/// commits the visit, its prescription and the stock movement together; a concurrent issue of the same units makes
/// that SaveChanges fail on the lot's version instead of taking the stock below zero.
/// </summary>
public sealed class StockIssue(CoSoDbContext db, TimeProvider time)
{
    /// <summary>Takes <paramref name="quantity"/> units or adds a field error and takes nothing. Returns the value issued.</summary>
    public async Task<decimal?> TakeAsync(
        Guid stationId, string provinceCode, Drug drug, decimal quantity, DateOnly on, StockMovementKind kind, string field,
        ValidationErrors errors, Action<StockMovement>? describe = null, CancellationToken ct = default)
    {
        var lots = await db.Set<StockLot>().Where(l => l.StationId == stationId && l.DrugCode == drug.Code && l.Quantity > 0).ToListAsync(ct);
        var takes = Fefo.Allocate(lots, quantity, on);
        if (takes is null)
        {
            var usable = Fefo.Usable(lots, on).Sum(l => l.Quantity);
            if (usable == 0 && lots.Count > 0)
            {
                errors.Add(field, "stock.expiredOnly");
            }
            else
            {
                errors.Add(field, "stock.insufficient", usable.ToString("0.##", Messages.Vietnamese), drug.Unit, quantity.ToString("0.##", Messages.Vietnamese));
            }

            return null;
        }

        var now = time.GetUtcNow();
        var value = 0m;
        foreach (var take in takes)
        {
            take.Lot.Quantity -= take.Quantity;
            take.Lot.Version++;
            value += take.Quantity * take.Lot.UnitPrice;
            var movement = new StockMovement
            {
                Id = Guid.CreateVersion7(), ProvinceCode = provinceCode, StationId = stationId, LotId = take.Lot.Id, DrugCode = drug.Code, Kind = kind,
                Quantity = -take.Quantity, UnitPrice = take.Lot.UnitPrice, OnDate = on, OccurredAt = now, UserId = db.Actor.UserId,
            };
            describe?.Invoke(movement);
            db.Add(movement);
        }

        return value;
    }
}
