using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Chronic;

/// <summary>Loads the cohort rows of the stations in scope and hands them to <see cref="HeartsIndicators"/>.</summary>
public sealed class ChronicIndicatorService(CoSoDbContext db, TimeProvider time, ChronicOptions options)
{
    /// <summary>The last <paramref name="months"/> months up to <paramref name="month"/> (default: the current month).</summary>
    public async Task<IndicatorReport> ReportAsync(ChronicProgramme programme, ReportMonth? month = null, int months = 1, Guid? unitId = null, CancellationToken ct = default)
    {
        var last = month ?? ReportMonth.Of(VietnamClock.Today(time));
        var cohorts = await LoadAsync(programme, unitId, ct);
        var target = options.Plan.DefaultFor(programme).Target;
        var stations = new List<IndicatorRow>();
        var total = new List<IndicatorRow>();
        for (var i = Math.Clamp(months, 1, 24) - 1; i >= 0; i--)
        {
            var m = last.Previous(i);
            var parts = cohorts.Select(c => (c.Station, Month: HeartsIndicators.Compute(c.Patients, programme, m, target))).ToList();
            stations.AddRange(parts.Select(p => IndicatorRow.From(p.Month, p.Station.Id, p.Station.Name)));
            total.Add(IndicatorRow.From(HeartsMonth.Sum(parts.Select(p => p.Month).ToList(), m), unitId, "Σ"));
        }

        return new IndicatorReport(programme, stations, total);
    }

    /// <summary>The quarterly cohort report: registered in the quarter, outcome in the next (per station and the roll-up).</summary>
    public async Task<CohortReport> CohortAsync(ChronicProgramme programme, int year, int quarter, Guid? unitId = null, CancellationToken ct = default)
    {
        if (quarter is < 1 or > 4 || year is < 2000 or > 2100)
        {
            throw new DomainValidationException("quarter", "chronic.quarter.invalid");
        }

        var cohorts = await LoadAsync(programme, unitId, ct);
        var target = options.Plan.DefaultFor(programme).Target;
        var stations = cohorts.Select(c => new CohortRow(c.Station.Id, c.Station.Name, HeartsIndicators.Cohort(c.Patients, programme, year, quarter, target))).ToList();
        var total = CohortOutcome.Sum($"{year:D4}-Q{quarter}", stations.Select(s => s.Outcome).ToList());
        return new CohortReport(programme, total.Quarter, stations, new CohortRow(unitId, "Σ", total));
    }

    /// <summary>The patients behind one indicator's numerator (drill-down).</summary>
    public async Task<PatientList> PatientsAsync(ChronicProgramme programme, ReportMonth month, string indicator, Guid? unitId = null, CancellationToken ct = default)
    {
        var cohorts = await LoadAsync(programme, unitId, ct);
        var target = options.Plan.DefaultFor(programme).Target;
        var ids = cohorts.SelectMany(c => IndicatorRow.Pick(HeartsIndicators.Compute(c.Patients, programme, month, target), indicator).PatientIds).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.FullName)
            .Select(p => new PatientRef(p.Id, p.ProvinceCode, p.FullName, p.Phone, p.VillageId)).ToListAsync(ct);
        return new PatientList(indicator, people);
    }

    private async Task<List<(OrgUnit Station, List<CohortPatient> Patients)>> LoadAsync(ChronicProgramme programme, Guid? unitId, CancellationToken ct)
    {
        var stationsQuery = db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.CommuneHealthStation);
        if (unitId is { } id)
        {
            var path = await db.OrgUnits.Where(u => u.Id == id).Select(u => u.Path).FirstOrDefaultAsync(ct) ?? throw new NotFoundException();
            stationsQuery = stationsQuery.Where(u => u.Path.StartsWith(path));
        }

        var scope = db.Actor.Scope;
        var stations = (await stationsQuery.ToListAsync(ct)).Where(s => scope.All || scope.UnitIds.Contains(s.Id)).ToList();
        var stationIds = stations.Select(s => s.Id).ToList();
        var cohorts = await CohortsAsync(db, db.VisibleEnrolments().Where(e => e.Programme == programme && stationIds.Contains(e.OrgUnitId)), ct);
        return stations.Select(s => (s, cohorts.GetValueOrDefault(s.Id) ?? [])).ToList();
    }

    /// <summary>
    /// The cohorts of the enrolments given, per station: the page passes the actor's visible enrolments, the indicator
    /// engine the stations' enrolments regardless of the actor (aggregate figures, <see cref="Indicators.Programmes.ChronicControlSource"/>).
    /// </summary>
    internal static async Task<Dictionary<Guid, List<CohortPatient>>> CohortsAsync(CoSoDbContext db, IQueryable<ChronicEnrolment> enrolments, CancellationToken ct)
    {
        var rows = await enrolments.AsNoTracking().ToListAsync(ct);
        var visits = await db.Encounters.Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(v => !v.Voided && enrolments.Any(e => e.ProvinceCode == v.ProvinceCode && e.PersonId == v.PersonId))
            .Select(v => new { v.Id, v.PersonId, v.VisitDate, v.Systolic, v.Diastolic }).ToListAsync(ct);
        var labs = await db.Set<ChronicFollowUp>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(f => enrolments.Any(e => e.ProvinceCode == f.ProvinceCode && e.PersonId == f.PersonId))
            .Select(f => new { f.EncounterId, f.FastingGlucose, f.HbA1c }).ToListAsync(ct);
        var labByVisit = labs.GroupBy(l => l.EncounterId).ToDictionary(g => g.Key, g => g.First());
        var byPerson = visits.GroupBy(v => v.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.VisitDate).ThenBy(v => v.Id).Select(v =>
        {
            var lab = labByVisit.GetValueOrDefault(v.Id);
            return new CohortVisit(v.VisitDate, v.Systolic, v.Diastolic, lab?.FastingGlucose, lab?.HbA1c);
        }).ToList());
        return rows.GroupBy(e => e.OrgUnitId).ToDictionary(g => g.Key, g => g.Select(e => ToCohort(e, byPerson.GetValueOrDefault(e.PersonId) ?? [])).ToList());
    }

    private static CohortPatient ToCohort(ChronicEnrolment e, List<CohortVisit> visits)
    {
        // Registration is a contact too (Simple counts the registration BP), carrying the baseline values.
        var contacts = new List<CohortVisit> { new(e.RegisteredOn, e.BaselineSystolic, e.BaselineDiastolic, e.BaselineFastingGlucose, e.BaselineHbA1c) };
        contacts.AddRange(visits);
        var closed = e.Status == EnrolmentStatus.Closed ? e.ClosedOn : null;
        return new CohortPatient(e.PersonId, e.RegisteredOn, contacts,
            DiedOn: e.ClosingReason == ClosingReason.Died ? closed : null,
            LeftOn: e.ClosingReason is ClosingReason.Died ? null : closed,
            ArrivedOn: e.TransferredFromId is null ? null : VietnamClock.LocalDate(e.CreatedAt));
    }
}
