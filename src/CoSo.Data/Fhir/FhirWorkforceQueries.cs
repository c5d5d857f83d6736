using CoSo.Core.Common;
using CoSo.Core.Workforce;
using CoSo.Data.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>
/// Staff (Practitioner) and their postings (PractitionerRole) for the FHIR facade, through <see cref="OrgScope"/>, the
/// workforce module's one scope rule: a worker is visible to their managing unit's scope and to every unit they are
/// posted to, and a posting is visible with its worker (as in the staff register). Keyset-paged on the row id.
/// </summary>
public sealed class FhirWorkforceQueries(CoSoDbContext db, OrgScope scope)
{
    /// <summary>Workers; each entry of <paramref name="licences"/> is practising certificate numbers any of which matches.</summary>
    /// <param name="names">Folded (<see cref="TextFolding.Fold"/>) values of <c>name</c> (the start of any word),
    /// <c>family</c> (the start of the name) and <c>given</c> (the start of a later word), each AND-ed.</param>
    public async Task<KeysetPage<StaffMember>> StaffAsync(IReadOnlyList<Guid> ids, IReadOnlyList<IReadOnlyList<string>> licences, PageCursor? after, int count,
        (IReadOnlyList<string> Names, IReadOnlyList<string> Families, IReadOnlyList<string> Givens)? names = null, CancellationToken ct = default)
    {
        var query = scope.Staff().AsNoTracking().Include(s => s.Qualifications).AsQueryable();
        if (names is { } n && n.Names.Count + n.Families.Count + n.Givens.Count > 0)
        {
            // Staff have no folded name column: the workers in scope (a province's few thousand at most) are folded
            // here, with the same rule as the residents' search, and the matching ids narrow the query.
            var all = await scope.Staff().AsNoTracking().Select(s => new { s.Id, s.FullName }).ToListAsync(ct);
            var matching = all.Where(s =>
            {
                var key = TextFolding.Fold(s.FullName);
                return n.Names.All(v => key.StartsWith(v, StringComparison.Ordinal) || key.Contains(" " + v, StringComparison.Ordinal))
                    && n.Families.All(v => key.StartsWith(v, StringComparison.Ordinal))
                    && n.Givens.All(v => key.Contains(" " + v, StringComparison.Ordinal));
            }).Select(s => s.Id).ToArray();
            query = query.Where(s => matching.Contains(s.Id));
        }

        if (ids.Count > 0)
        {
            var set = ids.ToArray();
            query = query.Where(s => set.Contains(s.Id));
        }

        foreach (var l in licences)
        {
            var set = l.ToArray();
            query = query.Where(s => s.LicenceNumber != null && set.Contains(s.LicenceNumber));
        }

        return await Keyset.ByIdAsync(query, s => s.Id, after, count, ct);
    }

    /// <summary>
    /// Postings with their worker; <paramref name="staff"/>, <paramref name="units"/> (the unit posted to) and
    /// <paramref name="managers"/> (the unit, or a village's station) each AND-ed, their entries' ids OR-ed.
    /// </summary>
    public Task<KeysetPage<PostingRow>> PostingsAsync(IReadOnlyList<Guid> ids, IReadOnlyList<IReadOnlyList<Guid>> staff, IReadOnlyList<IReadOnlyList<Guid>> units, IReadOnlyList<IReadOnlyList<Guid>> managers, PageCursor? after, int count, CancellationToken ct = default)
    {
        var query = db.Set<Posting>().AsNoTracking()
            .Join(scope.Staff().AsNoTracking(), p => p.StaffId, s => s.Id, (p, s) => new { p, s })
            .Join(db.OrgUnits.AsNoTracking(), x => x.p.OrgUnitId, u => u.Id, (x, u) => new PostingRow { Posting = x.p, Staff = x.s, Unit = u });
        if (ids.Count > 0)
        {
            var set = ids.ToArray();
            query = query.Where(r => set.Contains(r.Posting.Id));
        }

        foreach (var s in staff)
        {
            var set = s.ToArray();
            query = query.Where(r => set.Contains(r.Posting.StaffId));
        }

        foreach (var u in units)
        {
            var set = u.ToArray();
            query = query.Where(r => set.Contains(r.Posting.OrgUnitId));
        }

        foreach (var m in managers)
        {
            var set = m.ToArray();
            query = query.Where(r => set.Contains(r.Posting.OrgUnitId) || (r.Unit.Kind == Core.Organisation.OrgUnitKind.Village && r.Unit.ParentId != null && set.Contains(r.Unit.ParentId.Value)));
        }

        return Keyset.ByIdAsync(query, r => r.Posting.Id, after, count, ct);
    }
}
