using CoSo.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Audit;

/// <summary>Read-only access to the audit trail, per resident or per user (administrators only, enforced by the API).</summary>
public sealed class AuditQuery(CoSoDbContext db)
{
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(Guid? personId, Guid? userId, int page = 1, int pageSize = 100, CancellationToken ct = default)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (personId is { } p)
        {
            q = q.Where(a => a.PersonId == p);
        }

        if (userId is { } u)
        {
            q = q.Where(a => a.UserId == u);
        }

        return await q.OrderByDescending(a => a.Id).Skip((Math.Max(1, page) - 1) * pageSize).Take(Math.Clamp(pageSize, 1, 500)).ToListAsync(ct);
    }
}
