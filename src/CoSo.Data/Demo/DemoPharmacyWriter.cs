using CoSo.Core.Encounters;
using CoSo.Core.Organisation;
using CoSo.Core.Pharmacy;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Demo;

/// <summary>
/// Stocks each demo station's pharmacy (a delivery two and a half months ago, a second lot of the drugs used most,
/// a lot of paracetamol and one of amoxicillin near expiry, an expired lot, hydrochlorothiazide below its minimum) and
/// hands out, first expiry first, the formulary lines of the visits since that delivery, so the stock, the ledger and
/// the monthly report agree from the first start. The prices are a labelled sample (data/SOURCES.md), not a tender.
/// </summary>
internal sealed class DemoPharmacyWriter(CoSoDbContext db, DemoRandom random, DateOnly today, DateTimeOffset now)
{
    // Sample unit prices in đồng (commune-station generics, 2025–2026 order of magnitude), by formulary code.
    private static readonly (string Code, decimal Price, int Quantity)[] Delivery =
    [
        ("AMLO5", 420, 3000), ("LOSA50", 1200, 1500), ("HCTZ25", 300, 100), ("ENAL5", 500, 600), ("METF500", 315.5m, 3000),
        ("GLIC30MR", 1500, 600), ("AMOX500", 900, 1200), ("CEFA500", 1100, 300), ("AMCL625", 4500, 150), ("OMEP20", 600, 600),
        ("ORS245", 2500, 400), ("DICL50", 350, 600), ("PARA500", 250, 2500), ("CHLO4", 80, 600), ("BROM8", 150, 500),
        ("SALB100H", 75000, 6), ("ZINC10", 1200, 300), ("FEFOL60", 500, 1000), ("POVI10", 25000, 10), ("COND70", 20000, 6),
        ("ADRE1I", 4000, 15), ("MEPR40I", 28000, 6), ("DIPH10I", 3000, 15), ("NCPT10", 1200, 20), ("NACL09", 12000, 12),
    ];

    public int Lots { get; private set; }

    public async Task WriteAsync(OrgUnit station, CancellationToken ct)
    {
        var delivered = today.AddDays(-75);
        var lots = new List<StockLot>();
        foreach (var (code, price, quantity) in Delivery)
        {
            lots.Add(Receive(station, code, price, quantity, delivered, delivered.AddDays(random.Next(420, 760))));
        }

        // A second, older lot that expires soon (issued first), and one already expired with units left (to dispose of).
        lots.Add(Receive(station, "PARA500", 230, 400, delivered.AddDays(-200), today.AddDays(40)));
        lots.Add(Receive(station, "AMOX500", 850, 150, delivered.AddDays(-300), today.AddDays(20)));
        lots.Add(Receive(station, "CHLO4", 75, 50, delivered.AddDays(-400), today.AddDays(-10)));

        var lines = await db.PrescriptionLines
            .Where(l => l.OrgUnitId == station.Id && l.DrugCode != null && l.DispensedQuantity == 0)
            .Join(db.Encounters.Where(e => e.FacilityId == station.Id && e.VisitDate >= delivered && !e.Voided), l => new { l.ProvinceCode, Id = l.EncounterId }, e => new { e.ProvinceCode, e.Id }, (l, e) => new { Line = l, e.VisitDate })
            .ToListAsync(ct);
        foreach (var x in lines.OrderBy(x => x.VisitDate))
        {
            var takes = Fefo.Allocate(lots.Where(l => l.DrugCode == x.Line.DrugCode), x.Line.Quantity, x.VisitDate);
            if (takes is null)
            {
                continue;
            }

            foreach (var take in takes)
            {
                take.Lot.Quantity -= take.Quantity;
                db.Add(Movement(take.Lot, StockMovementKind.Dispense, -take.Quantity, x.VisitDate, null, x.Line));
                x.Line.DispensedValue += take.Quantity * take.Lot.UnitPrice;
            }

            x.Line.DispensedQuantity = x.Line.Quantity;
        }

        // A count at the start of the month found a broken blister.
        if (lots.FirstOrDefault(l => l.DrugCode == "AMLO5" && l.Quantity > 10) is { } amlo)
        {
            amlo.Quantity -= 10;
            db.Add(Movement(amlo, StockMovementKind.Adjustment, -10, new DateOnly(today.Year, today.Month, 1), "Kiểm kê đầu tháng: vỡ vỉ", null));
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private StockLot Receive(OrgUnit station, string code, decimal price, decimal quantity, DateOnly on, DateOnly expiry)
    {
        var lot = new StockLot
        {
            Id = random.NextGuid(), ProvinceCode = station.ProvinceCode, StationId = station.Id, DrugCode = code, LotNumber = $"{code[..Math.Min(4, code.Length)]}{random.Digits(6)}",
            ExpiryDate = expiry, UnitPrice = price, Quantity = quantity, ReceivedOn = on, Supplier = "Công ty CP Dược – VTYT Thanh Hóa", CreatedAt = now, Version = 1,
        };
        db.Add(lot);
        db.Add(Movement(lot, StockMovementKind.Receipt, quantity, on, $"HĐ {random.Digits(7)}", null));
        Lots++;
        return lot;
    }

    private StockMovement Movement(StockLot lot, StockMovementKind kind, decimal quantity, DateOnly on, string? reason, PrescriptionLine? line) => new()
    {
        Id = random.NextGuid(), ProvinceCode = lot.ProvinceCode, StationId = lot.StationId, LotId = lot.Id, DrugCode = lot.DrugCode, Kind = kind, Quantity = quantity,
        UnitPrice = lot.UnitPrice, OnDate = on, OccurredAt = now, Reason = reason, EncounterId = line?.EncounterId, PrescriptionLineId = line?.Id,
    };
}
