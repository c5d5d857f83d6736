using CoSo.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>
/// The resident's current health record (its latest version) for the FHIR facade: the allergy notes behind
/// AllergyIntolerance. Scoped like every resident's row; in resident-id order for keyset paging.
/// </summary>
public sealed class FhirRecordQueries(CoSoDbContext db)
{
    /// <summary>Latest record versions carrying an allergy note, from <paramref name="fromPerson"/> (included when <paramref name="inclusive"/>).</summary>
    public async Task<IReadOnlyList<HealthRecordVersion>> AllergyRecordsAsync(IReadOnlyList<Guid> people, IReadOnlyList<IReadOnlyList<Guid>> patients, IReadOnlyList<InstantFilter> lastUpdated, Guid? fromPerson, bool inclusive, int take, CancellationToken ct = default)
    {
        var query = WithAllergies(Latest(people, patients, lastUpdated));
        if (fromPerson is { } f)
        {
            query = inclusive ? query.Where(v => v.PersonId >= f) : query.Where(v => v.PersonId > f);
        }

        return await query.OrderBy(v => v.PersonId).Take(take).ToListAsync(ct);
    }

    /// <summary>How many current records carry a drug, a food and another allergy note (the search's total).</summary>
    public async Task<(int Drugs, int Food, int Other)> AllergyCountsAsync(IReadOnlyList<Guid> people, IReadOnlyList<IReadOnlyList<Guid>> patients, IReadOnlyList<InstantFilter> lastUpdated, CancellationToken ct = default)
    {
        var counts = await Latest(people, patients, lastUpdated).GroupBy(_ => 1).Select(g => new
        {
            Drugs = g.Sum(v => v.AllergyDrugs != null && v.AllergyDrugs != "" ? 1 : 0),
            Food = g.Sum(v => v.AllergyFood != null && v.AllergyFood != "" ? 1 : 0),
            Other = g.Sum(v => v.AllergyOther != null && v.AllergyOther != "" ? 1 : 0),
        }).FirstOrDefaultAsync(ct);
        return counts is null ? (0, 0, 0) : (counts.Drugs, counts.Food, counts.Other);
    }

    /// <summary>The latest version of each resident's record; <paramref name="lastUpdated"/> is on that version's recording.</summary>
    private IQueryable<HealthRecordVersion> Latest(IReadOnlyList<Guid> people, IReadOnlyList<IReadOnlyList<Guid>> patients, IReadOnlyList<InstantFilter> lastUpdated)
    {
        var records = db.HealthRecords.AsNoTracking();
        var query = records.Where(v => !records.Any(w => w.PersonId == v.PersonId && w.VersionNo > v.VersionNo));
        if (people.Count > 0)
        {
            var set = people.ToArray();
            query = query.Where(v => set.Contains(v.PersonId));
        }

        foreach (var p in patients)
        {
            var set = p.ToArray();
            query = query.Where(v => set.Contains(v.PersonId));
        }

        foreach (var f in lastUpdated)
        {
            query = Keyset.Within(query, v => v.RecordedAt, f);
        }

        return query;
    }

    private static IQueryable<HealthRecordVersion> WithAllergies(IQueryable<HealthRecordVersion> query) =>
        query.Where(v => (v.AllergyDrugs != null && v.AllergyDrugs != "") || (v.AllergyFood != null && v.AllergyFood != "") || (v.AllergyOther != null && v.AllergyOther != ""));
}
