using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Identity;
using CoSo.Core.Pharmacy;
using CoSo.Data.Access;
using CoSo.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Pharmacy;

/// <summary>The station pharmacy: receipts, adjustments, returns and transfers by lot; every change is a ledger line.</summary>
public sealed class StockService(CoSoDbContext db, TimeProvider time, StationResolver stations)
{
    public const int NearExpiryDays = 90;

    public async Task<StockLotDto> ReceiveAsync(ReceiveInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.Dispense);
        var station = await stations.ResolveAsync(input.StationId, ct);
        var today = VietnamClock.Today(time);
        var errors = new ValidationErrors();
        var drug = await db.Drugs.AsNoTracking().FirstOrDefaultAsync(d => d.Code == input.DrugCode, ct);
        if (drug is null)
        {
            errors.Add("drugCode", "prescription.drugUnknown");
        }

        if (string.IsNullOrWhiteSpace(input.LotNumber))
        {
            errors.Add("lotNumber", "stock.lotNumber");
        }

        if (input.Quantity <= 0)
        {
            errors.Add("quantity", "stock.quantity");
        }

        if (input.UnitPrice < 0)
        {
            errors.Add("unitPrice", "stock.price");
        }

        var receivedOn = input.ReceivedOn ?? today;
        if (receivedOn > today)
        {
            errors.Add("receivedOn", "date.future");
        }

        if (input.ExpiryDate < receivedOn)
        {
            errors.Add("expiryDate", "stock.expiryPast");
        }

        errors.ThrowIfInvalid();
        var lotNumber = input.LotNumber.Trim().ToUpperInvariant();
        // The same lot at the same price is one lot: a second delivery of it adds to what is there.
        var lot = await db.Set<StockLot>().FirstOrDefaultAsync(
            l => l.StationId == station.Id && l.DrugCode == drug!.Code && l.LotNumber == lotNumber && l.ExpiryDate == input.ExpiryDate && l.UnitPrice == input.UnitPrice, ct);
        if (lot is null)
        {
            lot = new StockLot
            {
                Id = Guid.CreateVersion7(), ProvinceCode = station.ProvinceCode, StationId = station.Id, DrugCode = drug!.Code, LotNumber = lotNumber,
                ExpiryDate = input.ExpiryDate, UnitPrice = input.UnitPrice, ReceivedOn = receivedOn, Supplier = Clean(input.Supplier),
                CreatedAt = time.GetUtcNow(), Version = 1,
            };
            db.Add(lot);
        }
        else
        {
            lot.Version++;
        }

        lot.Quantity += input.Quantity;
        db.Add(Movement(lot, StockMovementKind.Receipt, input.Quantity, receivedOn, Clean(input.Invoice)));
        await db.SaveChangesAsync(ct);
        return StockLotDto.From(lot, drug);
    }

    public async Task<StockLotDto> AdjustAsync(Guid lotId, AdjustInput input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.Dispense);
        var lot = await LotAsync(lotId, expectedVersion, ct);
        var errors = new ValidationErrors();
        if (input.Delta == 0)
        {
            errors.Add("delta", "stock.quantity");
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add("reason", "stock.reason");
        }

        if (lot.Quantity + input.Delta < 0)
        {
            errors.Add("delta", "stock.belowZero", lot.Quantity);
        }

        errors.ThrowIfInvalid();
        lot.Quantity += input.Delta;
        lot.Version++;
        db.Add(Movement(lot, StockMovementKind.Adjustment, input.Delta, VietnamClock.Today(time), input.Reason.Trim()));
        await SaveAsync(ct);
        return StockLotDto.From(lot, await db.Drugs.AsNoTracking().FirstOrDefaultAsync(d => d.Code == lot.DrugCode, ct));
    }

    /// <summary>Sends units of a lot to another station (a new lot there, same number, expiry and price) or back to the supplier.</summary>
    public async Task<StockLotDto> IssueAsync(Guid lotId, IssueInput input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.Dispense);
        var lot = await LotAsync(lotId, expectedVersion, ct);
        var today = VietnamClock.Today(time);
        var errors = new ValidationErrors();
        if (input.Quantity <= 0)
        {
            errors.Add("quantity", "stock.quantity");
        }
        else if (input.Quantity > lot.Quantity)
        {
            errors.Add("quantity", "stock.belowZero", lot.Quantity);
        }

        var to = input.ToStationId is { } toId ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == toId, ct) : null;
        if (input.ToStationId is not null && (to is null || to.Kind != Core.Organisation.OrgUnitKind.CommuneHealthStation))
        {
            errors.Add("toStationId", "orgUnit.unknown", input.ToStationId);
        }
        else if (to?.Id == lot.StationId)
        {
            errors.Add("toStationId", "stock.sameStation");
        }

        if (to is null && string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add("reason", "stock.reason");
        }

        if (to is not null && lot.IsExpiredOn(today))
        {
            errors.Add("lotId", "stock.expired", lot.ExpiryDate.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        }

        errors.ThrowIfInvalid();
        lot.Quantity -= input.Quantity;
        lot.Version++;
        var kind = to is null ? StockMovementKind.SupplierReturn : StockMovementKind.TransferOut;
        var outLine = Movement(lot, kind, -input.Quantity, today, Clean(input.Reason));
        outLine.CounterpartStationId = to?.Id;
        db.Add(outLine);
        if (to is not null)
        {
            // Written for the receiving station, whose rows this user may not read: a new lot, never a look-up.
            var arrived = new StockLot
            {
                Id = Guid.CreateVersion7(), ProvinceCode = to.ProvinceCode, StationId = to.Id, DrugCode = lot.DrugCode, LotNumber = lot.LotNumber,
                ExpiryDate = lot.ExpiryDate, UnitPrice = lot.UnitPrice, Quantity = input.Quantity, ReceivedOn = today, Supplier = lot.Supplier,
                CreatedAt = time.GetUtcNow(), Version = 1,
            };
            db.Add(arrived);
            var inLine = Movement(arrived, StockMovementKind.TransferIn, input.Quantity, today, Clean(input.Reason));
            inLine.CounterpartStationId = lot.StationId;
            db.Add(inLine);
        }

        await SaveAsync(ct);
        return StockLotDto.From(lot, await db.Drugs.AsNoTracking().FirstOrDefaultAsync(d => d.Code == lot.DrugCode, ct));
    }

    /// <summary>Units of a dispensed prescription line brought back: into the lot they came from, most recent issue first.</summary>
    public async Task ReturnFromPatientAsync(Guid personId, Guid visitId, Guid lineId, PatientReturnInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.Dispense);
        var line = await db.PrescriptionLines.FirstOrDefaultAsync(l => l.Id == lineId && l.EncounterId == visitId && l.PersonId == personId, ct)
            ?? throw new NotFoundException();
        var errors = new ValidationErrors();
        if (line.DispensedQuantity <= 0)
        {
            errors.Add("lineId", "stock.notDispensed");
        }
        else if (input.Quantity <= 0)
        {
            errors.Add("quantity", "stock.quantity");
        }
        else if (input.Quantity > line.DispensedQuantity)
        {
            errors.Add("quantity", "stock.returnTooMuch", line.DispensedQuantity);
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            errors.Add("reason", "stock.reason");
        }

        errors.ThrowIfInvalid();
        var issued = await db.Set<StockMovement>().AsNoTracking().Where(m => m.PrescriptionLineId == line.Id && m.Kind == StockMovementKind.Dispense)
            .OrderByDescending(m => m.OccurredAt).ToListAsync(ct);
        var left = input.Quantity;
        var today = VietnamClock.Today(time);
        foreach (var m in issued)
        {
            if (left == 0)
            {
                break;
            }

            var lot = await db.Set<StockLot>().FirstAsync(l => l.Id == m.LotId, ct);
            var back = Math.Min(-m.Quantity, left);
            lot.Quantity += back;
            lot.Version++;
            var r = Movement(lot, StockMovementKind.PatientReturn, back, today, input.Reason.Trim());
            r.EncounterId = visitId;
            r.PrescriptionLineId = line.Id;
            db.Add(r);
            line.DispensedValue -= back * m.UnitPrice;
            left -= back;
        }

        line.DispensedQuantity -= input.Quantity;
        await SaveAsync(ct);
    }

    public async Task<IReadOnlyList<StockLotDto>> LotsAsync(Guid? stationId, string? drugCode = null, bool includeEmpty = false, CancellationToken ct = default)
    {
        var station = await stations.ResolveAsync(stationId, ct);
        var q = db.Set<StockLot>().AsNoTracking().Where(l => l.StationId == station.Id);
        if (drugCode is not null)
        {
            q = q.Where(l => l.DrugCode == drugCode);
        }

        if (!includeEmpty)
        {
            q = q.Where(l => l.Quantity > 0);
        }

        var lots = await q.OrderBy(l => l.DrugCode).ThenBy(l => l.ExpiryDate).ToListAsync(ct);
        var drugs = await DrugsAsync(lots.Select(l => l.DrugCode), ct);
        return lots.Select(l => StockLotDto.From(l, drugs.GetValueOrDefault(l.DrugCode))).ToList();
    }

    /// <summary>Lots with units left that expire within <paramref name="days"/> days (or have expired).</summary>
    public async Task<IReadOnlyList<StockLotDto>> NearExpiryAsync(Guid? stationId, int days = NearExpiryDays, CancellationToken ct = default)
    {
        var station = await stations.ResolveAsync(stationId, ct);
        var limit = VietnamClock.Today(time).AddDays(days);
        var lots = await db.Set<StockLot>().AsNoTracking().Where(l => l.StationId == station.Id && l.Quantity > 0 && l.ExpiryDate <= limit)
            .OrderBy(l => l.ExpiryDate).ToListAsync(ct);
        var drugs = await DrugsAsync(lots.Select(l => l.DrugCode), ct);
        return lots.Select(l => StockLotDto.From(l, drugs.GetValueOrDefault(l.DrugCode))).ToList();
    }

    /// <summary>Drugs the station stocks (or ever stocked) whose usable units are below the formulary's minimum.</summary>
    public async Task<IReadOnlyList<DrugDto>> BelowMinimumAsync(Guid? stationId, CancellationToken ct = default)
    {
        var station = await stations.ResolveAsync(stationId, ct);
        var today = VietnamClock.Today(time);
        var stocked = await db.Set<StockLot>().AsNoTracking().Where(l => l.StationId == station.Id)
            .GroupBy(l => l.DrugCode)
            .Select(g => new { Code = g.Key, Usable = g.Where(l => l.ExpiryDate >= today).Sum(l => l.Quantity) })
            .ToListAsync(ct);
        var drugs = await DrugsAsync(stocked.Select(s => s.Code), ct);
        return stocked.Where(s => drugs.TryGetValue(s.Code, out var d) && s.Usable < d.MinStock)
            .Select(s => DrugDto.From(drugs[s.Code], s.Usable)).OrderBy(d => d.ActiveIngredient).ToList();
    }

    private async Task<StockLot> LotAsync(Guid lotId, int expectedVersion, CancellationToken ct)
    {
        var lot = await db.Set<StockLot>().FirstOrDefaultAsync(l => l.Id == lotId, ct) ?? throw new NotFoundException();
        if (lot.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        return lot;
    }

    private async Task<Dictionary<string, Drug>> DrugsAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return await db.Drugs.AsNoTracking().Where(d => list.Contains(d.Code)).ToDictionaryAsync(d => d.Code, ct);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }

    private StockMovement Movement(StockLot lot, StockMovementKind kind, decimal quantity, DateOnly on, string? reason) => new()
    {
        Id = Guid.CreateVersion7(), ProvinceCode = lot.ProvinceCode, StationId = lot.StationId, LotId = lot.Id, DrugCode = lot.DrugCode, Kind = kind,
        Quantity = quantity, UnitPrice = lot.UnitPrice, OnDate = on, OccurredAt = time.GetUtcNow(), UserId = db.Actor.UserId, Reason = reason,
    };

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s.Trim());
}
