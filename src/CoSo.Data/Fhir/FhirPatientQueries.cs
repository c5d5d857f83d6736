using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>
/// The queries behind FHIR Patient and Coverage: through the scoped context (another station's resident is simply not
/// there), keyset-paged on the resident's id (UUIDv7), so every match is served exactly once across pages even while
/// residents are registered in between. Merged-away records are left out of searches but readable (their tombstone).
/// </summary>
public sealed class FhirPatientQueries(CoSoDbContext db)
{
    public Task<Person?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>Residents by id, merged-away ones included (an included Patient of <c>_include</c>), in scope only.</summary>
    public async Task<IReadOnlyList<Person>> ByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        var set = ids.ToArray();
        return await db.People.AsNoTracking().Where(p => set.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(ct);
    }

    public async Task<KeysetPage<Person>> SearchAsync(PatientCriteria criteria, PageCursor? after, int count, CancellationToken ct = default)
    {
        var query = Filter(db.People.AsNoTracking().Where(p => p.MergedIntoId == null), criteria);
        return criteria.CountTotal ? await PageAsync(query, criteria.Sort, after, count, ct) : await Keyset.ByIdAsync(query, p => p.Id, after, count, ct, countTotal: false);
    }

    /// <summary>Residents holding a BHYT card, for Coverage (one card per resident: the Coverage id is the resident's).</summary>
    public async Task<KeysetPage<Person>> SearchCardsAsync(PatientCriteria criteria, PageCursor? after, int count, CancellationToken ct = default)
    {
        var query = Filter(db.People.AsNoTracking().Where(p => p.MergedIntoId == null && p.BhytNumber != null), criteria);
        return await PageAsync(query, FhirSort.Id, after, count, ct);
    }

    private static Task<KeysetPage<Person>> PageAsync(IQueryable<Person> query, FhirSort sort, PageCursor? after, int count, CancellationToken ct) => sort switch
    {
        FhirSort.Id => Keyset.ByIdAsync(query, p => p.Id, after, count, ct),
        FhirSort.LastUpdated => Keyset.SortedAsync(query, Keyset.Instant<Person>(p => p.UpdatedAt), p => p.Id, after, count, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "A resident has no clinical date."),
    };

    private static IQueryable<Person> Filter(IQueryable<Person> query, PatientCriteria c)
    {
        if (c.Ids.Count > 0)
        {
            var ids = c.Ids.ToArray();
            query = query.Where(p => ids.Contains(p.Id));
        }

        foreach (var alt in c.Identifiers)
        {
            var cccds = alt.Cccds.ToArray();
            var cards = alt.BhytNumbers.ToArray();
            // A card through the social-insurance number's index (its last ten characters), as PeopleService finds it:
            // bhyt_number has no index, and an OR with a condition no index serves made every identifier search a
            // scan of all residents (330 ms among 1,000,000). Only the kinds asked are compared.
            var insured = cards.Where(c => c.Length > 5).Select(BhytCard.SocialInsuranceNumber).ToArray();
            query = (cccds.Length, insured.Length) switch
            {
                (0, 0) => query.Where(p => false),
                (_, 0) => query.Where(p => p.Cccd != null && cccds.Contains(p.Cccd)),
                (0, _) => query.Where(p => p.SocialInsuranceNumber != null && insured.Contains(p.SocialInsuranceNumber) && cards.Contains(p.BhytNumber)),
                _ => query.Where(p => (p.Cccd != null && cccds.Contains(p.Cccd))
                    || (p.SocialInsuranceNumber != null && insured.Contains(p.SocialInsuranceNumber) && cards.Contains(p.BhytNumber))),
            };
        }

        // CoSo's people search matches the folded key by prefix; FHIR's `name` matches the start of any part, so a word
        // of the key may match too (" " + value: the folded key has single spaces).
        foreach (var name in c.Names)
        {
            var inner = " " + name;
            query = query.Where(p => p.NameKey.StartsWith(name) || p.NameKey.Contains(inner));
        }

        foreach (var family in c.Families)
        {
            query = query.Where(p => p.NameKey.StartsWith(family));
        }

        foreach (var given in c.Givens)
        {
            var inner = " " + given;
            query = query.Where(p => p.NameKey.Contains(inner));
        }

        foreach (var d in c.BirthDates)
        {
            query = BirthDate(query, d);
        }

        foreach (var sexes in c.Sexes)
        {
            var set = sexes.ToArray();
            query = query.Where(p => set.Contains(p.Sex));
        }

        foreach (var phones in c.Phones)
        {
            var set = phones.ToArray();
            query = query.Where(p => p.Phone != null && set.Contains(p.Phone));
        }

        if (c.ManagingUnits.Count > 0)
        {
            var units = c.ManagingUnits.ToArray();
            query = query.Where(p => units.Contains(p.OrgUnitId));
        }

        foreach (var f in c.LastUpdated)
        {
            query = Keyset.Within(query, p => p.UpdatedAt, f);
        }

        return query;
    }

    // A year-only birth date is the range [1 Jan, 31 Dec] of BirthYear; a full date is the one day.
    private static IQueryable<Person> BirthDate(IQueryable<Person> query, DateFilter f)
    {
        var (s, e) = (f.Start, f.End);
        switch (f.Prefix)
        {
            case DatePrefix.Eq:
                // Contained: a whole year lies inside [s, e] only if s is on or before 1 Jan and e on or after 31 Dec.
                var firstYear = s.Month == 1 && s.Day == 1 ? s.Year : s.Year + 1;
                var lastYear = e.Month == 12 && e.Day == 31 ? e.Year : e.Year - 1;
                return query.Where(p => (p.BirthDate != null && p.BirthDate >= s && p.BirthDate <= e)
                    || (p.BirthDate == null && p.BirthYear >= firstYear && p.BirthYear <= lastYear));
            case DatePrefix.Ge:
                return query.Where(p => (p.BirthDate != null && p.BirthDate >= s) || (p.BirthDate == null && p.BirthYear >= s.Year));
            case DatePrefix.Gt:
                // A year reaches past e unless e is its last day.
                var gtYear = e.Month == 12 && e.Day == 31 ? e.Year + 1 : e.Year;
                return query.Where(p => (p.BirthDate != null && p.BirthDate > e) || (p.BirthDate == null && p.BirthYear >= gtYear));
            case DatePrefix.Le:
                return query.Where(p => (p.BirthDate != null && p.BirthDate <= e) || (p.BirthDate == null && p.BirthYear <= e.Year));
            case DatePrefix.Lt:
                // A year starts before s unless s is its first day.
                var ltYear = s.Month == 1 && s.Day == 1 ? s.Year - 1 : s.Year;
                return query.Where(p => (p.BirthDate != null && p.BirthDate < s) || (p.BirthDate == null && p.BirthYear <= ltYear));
            default:
                throw new ArgumentOutOfRangeException(nameof(f));
        }
    }
}
