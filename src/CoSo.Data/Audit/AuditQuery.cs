using CoSo.Core.Audit;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Audit;

/// <summary>One line of a trail: a write or a denied attempt (<see cref="AuditEntry"/>), or a read listing the residents shown (<see cref="ReadAuditEntry"/>).</summary>
public sealed record AuditTrailItem(
    Guid Id,
    DateTimeOffset At,
    Guid? UserId,
    string UserName,
    string Action,
    string EntityType,
    Guid? EntityId,
    Guid? PersonId,
    string? ProvinceCode,
    string? RemoteAddress,
    int ResidentsShown,
    IReadOnlyList<Guid> PersonIds);

/// <summary>Read-only access to the audit trail, per resident or per user (administrators only, enforced by the API).</summary>
public sealed class AuditQuery(CoSoDbContext db)
{
    public async Task<IReadOnlyList<AuditTrailItem>> ListAsync(Guid? personId, Guid? userId, int page = 1, int pageSize = 100, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, 500);
        var wanted = Math.Max(1, page) * pageSize;

        var writes = db.AuditEntries.AsNoTracking();
        if (personId is { } p)
        {
            writes = writes.Where(a => a.PersonId == p);
        }

        if (userId is { } u)
        {
            writes = writes.Where(a => a.UserId == u);
        }

        var written = await writes.OrderByDescending(a => a.Id).Take(wanted)
            .Select(Written)
            .ToListAsync(ct);

        var reads = personId is { } person ? ReadsOf(person) : db.ReadAudits.AsNoTracking();
        if (userId is { } user)
        {
            reads = reads.Where(a => a.UserId == user);
        }

        var read = (await reads.OrderByDescending(a => a.Id).Take(wanted).ToListAsync(ct))
            .Where(a => personId is null || a.PersonIds.Contains(personId.Value))
            .Select(a => Read(a, personId));

        return written.Concat(read).OrderByDescending(a => a.Id).Skip((Math.Max(1, page) - 1) * pageSize).Take(pageSize).ToList();
    }

    /// <summary>
    /// A resident's whole trail, newest first: the writes and denied attempts naming them and the read rows listing
    /// them (FHIR AuditEvent pages it on the row id).
    /// </summary>
    public async Task<IReadOnlyList<AuditTrailItem>> TrailOfAsync(Guid personId, CancellationToken ct = default)
    {
        var written = await db.AuditEntries.AsNoTracking().Where(a => a.PersonId == personId).Select(Written).ToListAsync(ct);
        var read = (await ReadsOfAsync(personId, ct)).Select(a => Read(a, personId));
        return written.Concat(read).OrderByDescending(a => a.Id).ToList();
    }

    /// <summary>Every read row that lists the resident (GIN-indexed containment on PostgreSQL, a BLOB scan on SQLite).</summary>
    public async Task<IReadOnlyList<ReadAuditEntry>> ReadsOfAsync(Guid personId, CancellationToken ct = default) =>
        (await ReadsOf(personId).OrderBy(a => a.Id).ToListAsync(ct)).Where(a => a.PersonIds.Contains(personId)).ToList();

    private static readonly System.Linq.Expressions.Expression<Func<AuditEntry, AuditTrailItem>> Written = a =>
        new AuditTrailItem(a.Id, a.At, a.UserId, a.UserName, a.Action, a.EntityType, a.EntityId, a.PersonId, a.ProvinceCode, a.RemoteAddress, a.PersonId == null ? 0 : 1, a.PersonId == null ? Array.Empty<Guid>() : new[] { a.PersonId.Value });

    private static AuditTrailItem Read(ReadAuditEntry a, Guid? personId) =>
        new(a.Id, a.At, a.UserId, a.UserName, a.Action, a.Source, a.EntityId, personId ?? (a.PersonIds.Length == 1 ? a.PersonIds[0] : null), a.ProvinceCode, a.RemoteAddress, a.PersonIds.Length, a.PersonIds);

    // Candidates only: on SQLite instr() may match 16 bytes across two ids, so callers keep the rows that list the id.
    private IQueryable<ReadAuditEntry> ReadsOf(Guid personId) => db.IsPostgres
        ? db.ReadAudits.FromSql($"SELECT * FROM audit_reads WHERE person_ids @> ARRAY[{personId}]::uuid[]").AsNoTracking()
        : db.ReadAudits.FromSql($"SELECT * FROM audit_reads WHERE instr(person_ids, {PackedIds.Pack([personId])}) > 0").AsNoTracking();
}
