using CoSo.Core.Encounters;
using CoSo.Core.Immunization;
using CoSo.Core.Pharmacy;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Fhir;

/// <summary>
/// Visits, their diagnoses and immunization doses for the FHIR facade, through the scoped context exactly like
/// <c>/api/v1</c> (the rows' own scope filters), keyset-paged on the row id or on (sort key, id) (<see cref="Keyset"/>).
/// </summary>
public sealed class FhirClinicalQueries(CoSoDbContext db)
{
    public Task<KeysetPage<Encounter>> EncountersAsync(ClinicalCriteria c, PageCursor? after, int count, CancellationToken ct = default) =>
        PageEncountersAsync(Patients(db.Encounters.AsNoTracking().Include(e => e.Diagnoses).Where(e => c.Ids.Count == 0 || c.Ids.Contains(e.Id)), c), c, after, count, ct);

    /// <summary>Visits whose disposition is a referral (the source of ServiceRequest), with their diagnoses (the reasons).</summary>
    public Task<KeysetPage<Encounter>> ReferralsAsync(ClinicalCriteria c, PageCursor? after, int count, CancellationToken ct = default) =>
        PageEncountersAsync(Patients(db.Encounters.AsNoTracking().Include(e => e.Diagnoses).Where(e => e.Disposition == Disposition.Referred && (c.Ids.Count == 0 || c.Ids.Contains(e.Id))), c), c, after, count, ct);

    private static Task<KeysetPage<Encounter>> PageEncountersAsync(IQueryable<Encounter> query, ClinicalCriteria c, PageCursor? after, int count, CancellationToken ct)
    {
        return c.Sort switch
        {
            FhirSort.Id => Keyset.ByIdAsync(query, e => e.Id, after, count, ct, c.CountTotal),
            FhirSort.LastUpdated => Keyset.SortedAsync(query, Keyset.Instant<Encounter>(e => e.UpdatedAt ?? e.CreatedAt), e => e.Id, after, count, ct),
            var s => Keyset.SortedAsync(query, Keyset.Instant<Encounter>(e => e.OccurredAt, s == FhirSort.DateDescending), e => e.Id, after, count, ct),
        };
    }

    /// <summary>
    /// Visits that carry at least one measurement (the source of vital-sign and glucose Observations), in the criteria's
    /// order from <paramref name="from"/> (that visit included when <paramref name="inclusive"/>: some of its
    /// Observations may be on the next page).
    /// </summary>
    public async Task<IReadOnlyList<Encounter>> MeasuredEncountersAsync(ClinicalCriteria c, PageCursor? from, bool inclusive, int take, CancellationToken ct = default)
    {
        var query = Measured(Patients(db.Encounters.AsNoTracking().Where(e => c.Ids.Count == 0 || c.Ids.Contains(e.Id)), c));
        if (c.Sort == FhirSort.Id)
        {
            if (from is { } f)
            {
                query = inclusive ? query.Where(e => e.Id >= f.Id) : query.Where(e => e.Id > f.Id);
            }

            return await query.OrderBy(e => e.Id).Take(take).ToListAsync(ct);
        }

        var page = c.Sort switch
        {
            FhirSort.LastUpdated => await Keyset.SortedAsync(query, Keyset.Instant<Encounter>(e => e.UpdatedAt ?? e.CreatedAt), e => e.Id, from, take, ct, inclusive, countTotal: false),
            var s => await Keyset.SortedAsync(query, Keyset.Instant<Encounter>(e => e.OccurredAt, s == FhirSort.DateDescending), e => e.Id, from, take, ct, inclusive, countTotal: false),
        };
        return page.Items;
    }

    /// <summary>The key of a visit in the criteria's order, for an Observation's cursor.</summary>
    public static long? SortKey(Encounter e, FhirSort sort) => sort switch
    {
        FhirSort.Id => null,
        FhirSort.LastUpdated => (e.UpdatedAt ?? e.CreatedAt).UtcTicks,
        _ => e.OccurredAt.UtcTicks,
    };

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

    /// <summary>Visit diagnoses with their visit (date, void), filtered by ICD-10 code when asked; date and _lastUpdated are the visit's.</summary>
    public Task<KeysetPage<VisitRow<EncounterDiagnosis>>> DiagnosesAsync(ClinicalCriteria c, PageCursor? after, int count, CancellationToken ct = default)
    {
        var query = WithVisits(db.EncounterDiagnoses.AsNoTracking().Where(d => c.Ids.Count == 0 || c.Ids.Contains(d.Id)), d => d.EncounterId, c);
        if (c.Codes is { } codes)
        {
            var set = codes.ToArray();
            query = query.Where(r => set.Contains(r.Item.Code));
        }

        return PageVisitRowsAsync(query, r => r.Item.Id, c.Sort, after, count, ct, c.CountTotal);
    }

    /// <summary>
    /// Prescription lines with their visit (authored at the visit; void, last change the visit's); codes are formulary
    /// drug codes. <paramref name="dispensedOnly"/>: the lines dispensed from the station's stock (MedicationDispense),
    /// <paramref name="lines"/> narrowing to the prescriptions (MedicationRequest ids) named, each set AND-ed.
    /// </summary>
    public Task<KeysetPage<VisitRow<PrescriptionLine>>> PrescriptionsAsync(ClinicalCriteria c, IReadOnlyList<IReadOnlyList<Guid>> encounters, PageCursor? after, int count,
        bool dispensedOnly = false, IReadOnlyList<IReadOnlyList<Guid>>? lines = null, CancellationToken ct = default)
    {
        var query = WithVisits(db.Set<PrescriptionLine>().AsNoTracking().Where(p => (!dispensedOnly || p.DispensedQuantity > 0) && (c.Ids.Count == 0 || c.Ids.Contains(p.Id))), p => p.EncounterId, c);
        foreach (var set in encounters.Select(e => e.ToArray()))
        {
            query = query.Where(r => set.Contains(r.Visit.Id));
        }

        foreach (var set in (lines ?? []).Select(e => e.ToArray()))
        {
            query = query.Where(r => set.Contains(r.Item.Id));
        }

        if (c.Codes is { } codes)
        {
            var set = codes.ToArray();
            query = query.Where(r => r.Item.DrugCode != null && set.Contains(r.Item.DrugCode));
        }

        return PageVisitRowsAsync(query, r => r.Item.Id, c.Sort, after, count, ct, c.CountTotal);
    }

    /// <summary>When each line was handed over (its first dispensing movement) and the lots it came from, for these lines.</summary>
    public async Task<IReadOnlyDictionary<Guid, (DateTimeOffset HandedOver, IReadOnlyList<string> Lots)>> HandoversAsync(IReadOnlyCollection<Guid> lines, CancellationToken ct = default)
    {
        var set = lines.Select(l => (Guid?)l).ToArray();
        var rows = await db.Set<StockMovement>().AsNoTracking().Where(m => m.Kind == StockMovementKind.Dispense && set.Contains(m.PrescriptionLineId))
            .Join(db.Set<StockLot>().AsNoTracking(), m => m.LotId, l => l.Id, (m, l) => new { Line = m.PrescriptionLineId!.Value, m.OccurredAt, l.LotNumber })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Line).ToDictionary(g => g.Key,
            g => (g.Min(r => r.OccurredAt), (IReadOnlyList<string>)g.Select(r => r.LotNumber).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()));
    }

    /// <summary>
    /// Rows of a visit joined to it; the resident, day and last change are the visit's (a row's resident is its
    /// visit's). A row whose visit is out of scope cannot exist (both carry the resident's station); the join would
    /// leave it out anyway.
    /// </summary>
    private IQueryable<VisitRow<T>> WithVisits<T>(IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, Guid>> encounterId, ClinicalCriteria c)
        where T : class, Core.People.IPersonOwned
    {
        // The province too: the rows' visit index is (province_code, encounter_id); on the visit id alone a patient's
        // diagnoses were joined by hashing all 1,950,000 of the province (150 ms a query).
        var query = rows.Join(db.Encounters.AsNoTracking(), encounterId, v => v.Id, (d, v) => new VisitRow<T> { Item = d, Visit = v })
            .Where(r => r.Item.ProvinceCode == r.Visit.ProvinceCode);
        foreach (var p in c.Patients)
        {
            var set = p.ToArray();
            var provinces = ProvincesOf(set);
            query = query.Where(r => set.Contains(r.Visit.PersonId) && provinces.Contains(r.Visit.ProvinceCode));
        }

        foreach (var f in c.Dates)
        {
            var (s, e) = (f.Start, f.End);
            query = f.Prefix switch
            {
                DatePrefix.Eq => query.Where(r => r.Visit.VisitDate >= s && r.Visit.VisitDate <= e),
                DatePrefix.Ge => query.Where(r => r.Visit.VisitDate >= s),
                DatePrefix.Gt => query.Where(r => r.Visit.VisitDate > e),
                DatePrefix.Le => query.Where(r => r.Visit.VisitDate <= e),
                _ => query.Where(r => r.Visit.VisitDate < s),
            };
        }

        foreach (var f in c.LastUpdated)
        {
            query = Keyset.Within(query, r => r.Visit.UpdatedAt ?? r.Visit.CreatedAt, f);
        }

        return query;
    }

    private static Task<KeysetPage<VisitRow<T>>> PageVisitRowsAsync<T>(IQueryable<VisitRow<T>> query, System.Linq.Expressions.Expression<Func<VisitRow<T>, Guid>> id, FhirSort sort, PageCursor? after, int count, CancellationToken ct, bool countTotal = true) => sort switch
    {
        FhirSort.Id => Keyset.ByIdAsync(query, id, after, count, ct, countTotal),
        FhirSort.LastUpdated => Keyset.SortedAsync(query, Keyset.Instant<VisitRow<T>>(r => r.Visit.UpdatedAt ?? r.Visit.CreatedAt), id, after, count, ct),
        _ => Keyset.SortedAsync(query, Keyset.Instant<VisitRow<T>>(r => r.Visit.OccurredAt, sort == FhirSort.DateDescending), id, after, count, ct),
    };

    /// <summary>Chronic registry enrolments (hypertension, diabetes), by status (each entry AND-ed, its values OR-ed).</summary>
    public Task<KeysetPage<Core.Chronic.ChronicEnrolment>> EnrolmentsAsync(ClinicalCriteria c, IReadOnlyList<IReadOnlyList<Core.Chronic.EnrolmentStatus>> statuses, PageCursor? after, int count, CancellationToken ct = default)
    {
        var query = db.Set<Core.Chronic.ChronicEnrolment>().AsNoTracking().Where(e => c.Ids.Count == 0 || c.Ids.Contains(e.Id));
        foreach (var p in c.Patients)
        {
            var set = p.ToArray();
            var provinces = ProvincesOf(set);
            query = query.Where(e => set.Contains(e.PersonId) && provinces.Contains(e.ProvinceCode));
        }

        foreach (var s in statuses)
        {
            var set = s.ToArray();
            query = query.Where(e => set.Contains(e.Status));
        }

        return Keyset.ByIdAsync(query, e => e.Id, after, count, ct);
    }

    /// <summary>Doses; date is the day given, _lastUpdated the recording (doses are not edited).</summary>
    public Task<KeysetPage<ImmunizationDose>> DosesAsync(ClinicalCriteria c, PageCursor? after, int count, CancellationToken ct = default)
    {
        var query = db.Set<ImmunizationDose>().AsNoTracking().Where(d => c.Ids.Count == 0 || c.Ids.Contains(d.Id));
        foreach (var p in c.Patients)
        {
            var set = p.ToArray();
            var provinces = ProvincesOf(set);
            query = query.Where(d => set.Contains(d.PersonId) && provinces.Contains(d.ProvinceCode));
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

        foreach (var f in c.LastUpdated)
        {
            query = Keyset.Within(query, d => d.CreatedAt, f);
        }

        return c.Sort switch
        {
            FhirSort.Id => Keyset.ByIdAsync(query, d => d.Id, after, count, ct, c.CountTotal),
            FhirSort.LastUpdated => Keyset.SortedAsync(query, Keyset.Instant<ImmunizationDose>(d => d.CreatedAt), d => d.Id, after, count, ct),
            var s => Keyset.SortedAsync(query, Keyset.Day<ImmunizationDose>(d => d.GivenOn, s == FhirSort.DateDescending), d => d.Id, after, count, ct),
        };
    }

    private static IQueryable<Encounter> Measured(IQueryable<Encounter> query) =>
        query.Where(e => e.Systolic != null || e.Diastolic != null || e.Pulse != null || e.RespiratoryRate != null || e.TemperatureC != null
            || e.SpO2 != null || e.WeightKg != null || e.HeightCm != null || e.Bmi != null || e.CapillaryGlucoseMmol != null);

    /// <summary>
    /// The residents' province codes (through ix_people_id), so a filter on the resident can use the
    /// (province_code, person_id, …) index every clinical table has: on person_id alone PostgreSQL 15 (no skip scan)
    /// read all 1,950,000 visits of a province for one patient (270 ms; a $summary made six such reads). Through the
    /// scoped residents, so it never widens what the rows' own filters allow.
    /// </summary>
    private IQueryable<string> ProvincesOf(Guid[] residents) =>
        db.People.AsNoTracking().Where(p => residents.Contains(p.Id)).Select(p => p.ProvinceCode);

    private IQueryable<Encounter> Patients(IQueryable<Encounter> query, ClinicalCriteria c)
    {
        foreach (var p in c.Patients)
        {
            var set = p.ToArray();
            var provinces = ProvincesOf(set);
            query = query.Where(e => set.Contains(e.PersonId) && provinces.Contains(e.ProvinceCode));
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

        foreach (var f in c.LastUpdated)
        {
            query = Keyset.Within(query, v => v.UpdatedAt ?? v.CreatedAt, f);
        }

        return query;
    }
}
