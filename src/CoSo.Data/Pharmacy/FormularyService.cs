using CoSo.Core.Common;
using CoSo.Core.Pharmacy;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Pharmacy;

/// <summary>The drug catalogue: accent-insensitive search, with the stock on hand at a station.</summary>
public sealed class FormularyService(CoSoDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<DrugDto>> SearchAsync(string? text, Guid? stationId = null, int limit = 20, CancellationToken ct = default)
    {
        var words = TextFolding.Fold(text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var q = db.Drugs.AsNoTracking().Where(d => d.Active);
        foreach (var w in words)
        {
            q = q.Where(d => d.SearchKey.Contains(w));
        }

        var drugs = (await q.OrderBy(d => d.ActiveIngredient).Take(Math.Clamp(limit, 1, 100)).ToListAsync(ct))
            .OrderBy(d => d.ActiveIngredient, StringComparer.Ordinal).ThenBy(d => LeadingNumber(d.Strength)).ThenBy(d => d.Strength, StringComparer.Ordinal).ToList();
        var onHand = stationId is { } s ? await OnHandAsync(s, drugs.Select(d => d.Code).ToList(), ct) : [];
        return drugs.Select(d => DrugDto.From(d, stationId is null ? null : onHand.GetValueOrDefault(d.Code))).ToList();
    }

    /// <summary>The formulary entries of some codes (repeating a prescription, loading one to correct), with stock.</summary>
    public async Task<Dictionary<string, DrugDto>> GetManyAsync(IReadOnlyCollection<string> codes, Guid? stationId = null, CancellationToken ct = default)
    {
        var drugs = await db.Drugs.AsNoTracking().Where(d => codes.Contains(d.Code)).ToListAsync(ct);
        var onHand = stationId is { } s ? await OnHandAsync(s, codes, ct) : [];
        return drugs.ToDictionary(d => d.Code, d => DrugDto.From(d, stationId is null ? null : onHand.GetValueOrDefault(d.Code)));
    }

    /// <summary>"5 mg" before "10 mg": the number a strength starts with.</summary>
    private static decimal LeadingNumber(string strength)
    {
        var digits = new string(strength.TakeWhile(c => char.IsAsciiDigit(c) || c is ',' or '.').ToArray()).Replace(',', '.');
        return decimal.TryParse(digits, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : decimal.MaxValue;
    }

    public async Task<Drug?> FindAsync(string code, CancellationToken ct = default) =>
        await db.Drugs.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code, ct);

    /// <summary>Units on hand in usable (unexpired) lots, by drug.</summary>
    public async Task<Dictionary<string, decimal>> OnHandAsync(Guid stationId, IReadOnlyCollection<string> codes, CancellationToken ct = default)
    {
        var today = VietnamClock.Today(time);
        var rows = await db.Set<StockLot>().AsNoTracking()
            .Where(l => l.StationId == stationId && codes.Contains(l.DrugCode) && l.Quantity > 0 && l.ExpiryDate >= today)
            .GroupBy(l => l.DrugCode).Select(g => new { g.Key, Sum = g.Sum(l => l.Quantity) }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => r.Sum);
    }
}
