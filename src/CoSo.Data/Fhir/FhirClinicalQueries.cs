using CoSo.Core.Encounters;
using CoSo.Core.Immunization;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>
/// Visits, their diagnoses and immunization doses for the FHIR facade, through the scoped context exactly like
/// <c>/api/v1</c> (the rows' own scope filters), keyset-paged on the row id.
/// </summary>
public sealed class FhirClinicalQueries(CoSoDbContext db)
{
    public Task<KeysetPage<Encounter>> EncountersAsync(ClinicalCriteria c, Guid? after, int count, CancellationToken ct = default) =>
        PageAsync(Patients(db.Encounters.AsNoTracking().Include(e => e.Diagnoses).Where(e => c.Ids.Count == 0 || c.Ids.Contains(e.Id)), c), e => e.Id, after, count, ct);

    /// <summary>Visits that carry at least one measurement (the source of vital-sign and glucose Observations), by id.</summary>
    public async Task<IReadOnlyList<Encounter>> MeasuredEncountersAsync(ClinicalCriteria c, Guid? from, bool inclusive, int take, CancellationToken ct = default)
    {
        var query = Patients(db.Encounters.AsNoTracking().Where(e => c.Ids.Count == 0 || c.Ids.Contains(e.Id)), c)
            .Where(e => e.Systolic != null || e.Diastolic != null || e.Pulse != null || e.RespiratoryRate != null || e.TemperatureC != null
                || e.SpO2 != null || e.WeightKg != null || e.HeightCm != null || e.Bmi != null || e.CapillaryGlucoseMmol != null);
        if (from is { } f)
        {
            query = inclusive ? query.Where(e => e.Id >= f) : query.Where(e => e.Id > f);
        }

        return await query.OrderBy(e => e.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>How many visits (in the criteria) have each measurement, for the Observation search's total.</summary>
    public async Task<MeasurementCounts> MeasurementCountsAsync(ClinicalCriteria c, CancellationToken ct = default)
    {
        var q = Patients(db.Encounters.AsNoTracking().Where(e => c.Ids.Count == 0 || c.Ids.Contains(e.Id)), c);
        var counts = await q.GroupBy(_ => 1).Select(g => new MeasurementCounts(
            g.Sum(e => e.Systolic != null || e.Diastolic != null ? 1 : 0), g.Sum(e => e.Pulse != null ? 1 : 0), g.Sum(e => e.RespiratoryRate != null ? 1 : 0),
            g.Sum(e => e.TemperatureC != null ? 1 : 0), g.Sum(e => e.SpO2 != null ? 1 : 0), g.Sum(e => e.WeightKg != null ? 1 : 0),
            g.Sum(e => e.HeightCm != null ? 1 : 0), g.Sum(e => e.Bmi != null ? 1 : 0), g.Sum(e => e.CapillaryGlucoseMmol != null ? 1 : 0)))
            .FirstOrDefaultAsync(ct);
        return counts ?? new MeasurementCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /// <summary>Visit diagnoses with their visit (date, void), filtered by ICD-10 code when asked.</summary>
    public async Task<KeysetPage<(EncounterDiagnosis Diagnosis, Encounter Visit)>> DiagnosesAsync(ClinicalCriteria c, Guid? after, int count, CancellationToken ct = default)
    {
        var query = db.EncounterDiagnoses.AsNoTracking().Where(d => c.Ids.Count == 0 || c.Ids.Contains(d.Id));
        foreach (var p in c.Patients)
        {
            var set = p.ToArray();
            query = query.Where(d => set.Contains(d.PersonId));
        }

        foreach (var f in c.Dates)
        {
            var (s, e) = (f.Start, f.End);
            query = f.Prefix switch
            {
                DatePrefix.Eq => query.Where(d => db.Encounters.Any(v => v.Id == d.EncounterId && v.VisitDate >= s && v.VisitDate <= e)),
                DatePrefix.Ge => query.Where(d => db.Encounters.Any(v => v.Id == d.EncounterId && v.VisitDate >= s)),
                DatePrefix.Gt => query.Where(d => db.Encounters.Any(v => v.Id == d.EncounterId && v.VisitDate > e)),
                DatePrefix.Le => query.Where(d => db.Encounters.Any(v => v.Id == d.EncounterId && v.VisitDate <= e)),
                _ => query.Where(d => db.Encounters.Any(v => v.Id == d.EncounterId && v.VisitDate < s)),
            };
        }

        if (c.Codes is { } codes)
        {
            var set = codes.ToArray();
            query = query.Where(d => set.Contains(d.Code));
        }

        var page = await PageAsync(query, d => d.Id, after, count, ct);
        var visitIds = page.Items.Select(d => d.EncounterId).Distinct().ToList();
        var visits = await db.Encounters.AsNoTracking().Where(e => visitIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        // A diagnosis whose visit is out of scope cannot exist (both carry the resident's station), but do not assume it.
        var items = page.Items.Where(d => visits.ContainsKey(d.EncounterId)).Select(d => (d, visits[d.EncounterId])).ToList();
        return new KeysetPage<(EncounterDiagnosis, Encounter)>(items, page.HasMore, page.Total);
    }

    public Task<KeysetPage<ImmunizationDose>> DosesAsync(ClinicalCriteria c, Guid? after, int count, CancellationToken ct = default)
    {
        var query = db.Set<ImmunizationDose>().AsNoTracking().Where(d => c.Ids.Count == 0 || c.Ids.Contains(d.Id));
        foreach (var p in c.Patients)
        {
            var set = p.ToArray();
            query = query.Where(d => set.Contains(d.PersonId));
        }

        foreach (var f in c.Dates)
        {
            var (s, e) = (f.Start, f.End);
            query = f.Prefix switch
            {
                DatePrefix.Eq => query.Where(d => d.GivenOn >= s && d.GivenOn <= e),
                DatePrefix.Ge => query.Where(d => d.GivenOn >= s),
                DatePrefix.Gt => query.Where(d => d.GivenOn > e),
                DatePrefix.Le => query.Where(d => d.GivenOn <= e),
                _ => query.Where(d => d.GivenOn < s),
            };
        }

        return PageAsync(query, d => d.Id, after, count, ct);
    }

    private static IQueryable<Encounter> Patients(IQueryable<Encounter> query, ClinicalCriteria c)
    {
        foreach (var p in c.Patients)
        {
            var set = p.ToArray();
            query = query.Where(e => set.Contains(e.PersonId));
        }

        // A point in time (the visit's local day) against the parameter's range: eq inside, ge/le reaching, gt/lt beyond.
        foreach (var f in c.Dates)
        {
            var (s, e) = (f.Start, f.End);
            query = f.Prefix switch
            {
                DatePrefix.Eq => query.Where(v => v.VisitDate >= s && v.VisitDate <= e),
                DatePrefix.Ge => query.Where(v => v.VisitDate >= s),
                DatePrefix.Gt => query.Where(v => v.VisitDate > e),
                DatePrefix.Le => query.Where(v => v.VisitDate <= e),
                _ => query.Where(v => v.VisitDate < s),
            };
        }

        return query;
    }

    private static async Task<KeysetPage<T>> PageAsync<T>(IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, Guid>> key, Guid? after, int count, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        if (count == 0)
        {
            return new KeysetPage<T>([], total > 0, total);
        }

        if (after is { } a)
        {
            // key(row) > a, built as an expression so the database compares (its uuid order is the one it sorts by).
            var greater = System.Linq.Expressions.Expression.GreaterThan(key.Body, System.Linq.Expressions.Expression.Constant(a));
            query = query.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(greater, key.Parameters));
        }

        var rows = await query.OrderBy(key).Take(count + 1).ToListAsync(ct);
        return new KeysetPage<T>(rows.Take(count).ToList(), rows.Count > count, total);
    }
}
