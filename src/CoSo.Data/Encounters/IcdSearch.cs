using CoSo.Core.Common;
using CoSo.Core.Encounters;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Encounters;

public sealed record IcdHit(string Code, string NameVi, string? NameEn);

/// <summary>ICD-10 lookup by code prefix or by accent-insensitive words of the Vietnamese name.</summary>
public sealed class IcdSearch(CoSoDbContext db)
{
    public async Task<IReadOnlyList<IcdHit>> SearchAsync(string text, int limit = 20, CancellationToken ct = default)
    {
        var folded = TextFolding.Fold(text);
        if (folded.Length == 0)
        {
            return [];
        }

        var query = db.IcdCodes.AsNoTracking();
        var upper = text.Trim().ToUpperInvariant();
        if (upper.Length <= 6 && char.IsAsciiLetter(upper[0]) && upper.Skip(1).All(c => char.IsAsciiDigit(c) || c == '.') && upper.Length > 1)
        {
            var code = VisitRules.NormalizeIcd(upper);
            query = query.Where(c => c.Code.StartsWith(code));
        }
        else
        {
            foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var w = " " + word;
                query = query.Where(c => (" " + c.SearchKey).Contains(w));
            }
        }

        // Three-character categories first, then by code: "tang huyet ap" puts I10 before I11.9.
        return await query.OrderBy(c => c.Code.Length).ThenBy(c => c.Code).Take(limit)
            .Select(c => new IcdHit(c.Code, c.NameVi, c.NameEn)).ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IEnumerable<string> codes, CancellationToken ct = default)
    {
        var list = codes.Select(VisitRules.NormalizeIcd).Distinct().ToList();
        return await db.IcdCodes.AsNoTracking().Where(c => list.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.NameVi, ct);
    }
}
