using System.Text.Json;
using CoSo.Core.Common;
using CoSo.Core.Facilities;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Data.Access;
using CoSo.Data.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Facilities;

/// <summary>
/// Criteria sets imported as data, and the yearly self-assessment of each commune: the station fills manual indicators
/// with evidence notes and submits; a regional health centre may add a pre-review opinion or return it; the province
/// (provincial manager) approves or returns it (<see cref="RecognitionPolicy"/>). Auto indicators are computed from
/// CoSo's data.
/// </summary>
public sealed class CriteriaService(CoSoDbContext db, OrgScope scope, StaffingQueries staffing, FacilitiesService facilities, TimeProvider time)
{
    public async Task<CriteriaSetSummary> ImportAsync(string json, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageCriteriaSets);
        var def = CriteriaJson.Parse(json);
        var set = await db.Set<CriteriaSet>().FirstOrDefaultAsync(s => s.Code == def.Code, ct);
        if (set is null)
        {
            set = new CriteriaSet { Id = Guid.CreateVersion7(), Code = def.Code };
            db.Add(set);
        }

        set.Name = TextFolding.Nfc(def.Name);
        set.IsExample = def.IsExample;
        set.FromYear = def.FromYear;
        set.ToYear = def.ToYear;
        set.DefinitionJson = JsonSerializer.Serialize(def, CriteriaJson.Options);
        set.ImportedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Summary(set);
    }

    public async Task<IReadOnlyList<CriteriaSetSummary>> SetsAsync(CancellationToken ct = default) =>
        (await db.Set<CriteriaSet>().AsNoTracking().OrderByDescending(s => s.ToYear).ThenBy(s => s.Code).ToListAsync(ct)).Select(Summary).ToList();

    public async Task<CriteriaSetDefinition> DefinitionAsync(Guid setId, CancellationToken ct = default) =>
        CriteriaJson.Parse((await SetAsync(setId, ct)).DefinitionJson);

    public async Task<AssessmentDto> GetAsync(Guid stationId, Guid setId, int year, CancellationToken ct = default)
    {
        var station = await scope.StationAsync(stationId, ct);
        var set = await SetAsync(setId, ct);
        var a = await db.Set<CriteriaAssessment>().AsNoTracking().FirstOrDefaultAsync(x => x.OrgUnitId == stationId && x.CriteriaSetId == setId && x.Year == year, ct);
        var def = CriteriaJson.Parse(set.DefinitionJson);
        var manual = a is null ? [] : JsonSerializer.Deserialize<List<IndicatorValue>>(a.ValuesJson, CriteriaJson.Options) ?? [];

        // A decided assessment keeps the auto values it was decided on; an open one shows today's.
        var values = a?.Status is AssessmentStatus.Submitted or AssessmentStatus.Approved ? manual : await WithAutoAsync(def, stationId, manual, ct);
        var score = CriteriaScoring.Score(def, values);
        return new AssessmentDto(a?.Id, stationId, station.Name, Summary(set), year, a?.Status ?? AssessmentStatus.Draft, score, a?.ReviewedBy, a?.ReviewNote, a?.Version ?? 0,
            a?.ReviewedAt, a?.PreReviewedBy, a?.PreReviewNote, a?.RecognisedUntil);
    }

    /// <summary>
    /// Saves the manual values when <paramref name="expectedVersion"/> is the stored version (0 while none is saved),
    /// so that two people filling the same self-assessment cannot overwrite each other: a stale save changes nothing.
    /// </summary>
    public async Task<AssessmentDto> SaveAsync(Guid stationId, Guid setId, int year, AssessmentValuesInput input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.AssessCriteria);
        await scope.StationAsync(stationId, ct);
        var def = await DefinitionAsync(setId, ct);
        var manualCodes = def.Criteria.SelectMany(c => c.Indicators).Where(i => i.Source == IndicatorSource.Manual).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var errors = new ValidationErrors();
        foreach (var bad in input.Values.Where(v => !manualCodes.Contains(v.Code)))
        {
            errors.Add("values", "facilities.assessment.indicator", bad.Code);
        }

        errors.ThrowIfInvalid();
        var a = await LoadOrNewAsync(stationId, setId, year, ct);
        if (a.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        if (a.Status is not (AssessmentStatus.Draft or AssessmentStatus.Returned))
        {
            throw new DomainValidationException("status", "facilities.assessment.status", a.Status);
        }

        var manual = input.Values.Select(v => v with { IsAuto = false, Note = string.IsNullOrWhiteSpace(v.Note) ? null : TextFolding.Nfc(v.Note) }).ToList();
        await StoreAsync(a, def, stationId, manual, AssessmentStatus.Draft, ct);
        return await GetAsync(stationId, setId, year, ct);
    }

    public async Task<AssessmentDto> SubmitAsync(Guid stationId, Guid setId, int year, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.AssessCriteria);
        await scope.StationAsync(stationId, ct);
        var def = await DefinitionAsync(setId, ct);
        var a = await LoadOrNewAsync(stationId, setId, year, ct);
        if (a.Status is not (AssessmentStatus.Draft or AssessmentStatus.Returned))
        {
            throw new DomainValidationException("status", "facilities.assessment.status", a.Status);
        }

        var manual = (JsonSerializer.Deserialize<List<IndicatorValue>>(a.ValuesJson, CriteriaJson.Options) ?? []).Where(v => !v.IsAuto).ToList();

        // An opinion on the previous submission would read as if it were about the values now sent.
        a.PreReviewedBy = null;
        a.PreReviewNote = null;
        a.PreReviewedAt = null;
        await StoreAsync(a, def, stationId, manual, AssessmentStatus.Submitted, ct);
        return await GetAsync(stationId, setId, year, ct);
    }

    /// <summary>
    /// The province (a provincial manager or administrator whose scope covers the station) approves or returns a
    /// submitted assessment; a regional health centre may only return it (<see cref="RecognitionPolicy"/>). Approving a
    /// passing assessment under a set with a validity period fixes the last day of the recognition.
    /// </summary>
    public async Task<AssessmentDto> ReviewAsync(Guid stationId, Guid setId, int year, ReviewInput input, CancellationToken ct = default)
    {
        await scope.StationAsync(stationId, ct);
        var role = db.Actor.Role;
        if (input.Approve ? !RecognitionPolicy.MayApprove(role) : !RecognitionPolicy.MayReturn(role))
        {
            throw new ForbiddenException(input.Approve ? "facilities.assessment.recognise" : "facilities.assessment.preReview");
        }

        var a = await SubmittedAsync(stationId, setId, year, ct);
        var def = await DefinitionAsync(setId, ct);
        var now = time.GetUtcNow();
        a.Status = input.Approve ? AssessmentStatus.Approved : AssessmentStatus.Returned;
        a.ReviewedBy = db.Actor.UserName;
        a.ReviewNote = string.IsNullOrWhiteSpace(input.Note) ? null : TextFolding.Nfc(input.Note);
        a.ReviewedAt = now;
        a.RecognisedUntil = input.Approve && a.Passed && def.ValidYears is { } years ? VietnamClock.Today(time).AddYears(years).AddDays(-1) : null;
        a.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(stationId, setId, year, ct);
    }

    /// <summary>A regional health centre (or the province) records its opinion on a submitted assessment, which stays submitted.</summary>
    public async Task<AssessmentDto> PreReviewAsync(Guid stationId, Guid setId, int year, PreReviewInput input, CancellationToken ct = default)
    {
        await scope.StationAsync(stationId, ct);
        if (!RecognitionPolicy.MayPreReview(db.Actor.Role))
        {
            throw new ForbiddenException("facilities.assessment.preReview");
        }

        var a = await SubmittedAsync(stationId, setId, year, ct);
        a.PreReviewedBy = db.Actor.UserName;
        a.PreReviewNote = string.IsNullOrWhiteSpace(input.Note) ? null : TextFolding.Nfc(input.Note);
        a.PreReviewedAt = time.GetUtcNow();
        a.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(stationId, setId, year, ct);
    }

    /// <summary>Each station in scope with its assessment for the year (null status = not assessed).</summary>
    public async Task<IReadOnlyList<AssessmentResult>> ResultsAsync(Guid setId, int year, CancellationToken ct = default)
    {
        var stations = await scope.Units(OrgUnitKind.CommuneHealthStation).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var ids = stations.Select(s => s.Id).ToList();
        var rows = await db.Set<CriteriaAssessment>().AsNoTracking().Where(a => a.CriteriaSetId == setId && a.Year == year && ids.Contains(a.OrgUnitId)).ToDictionaryAsync(a => a.OrgUnitId, ct);
        return stations.Select(s => rows.TryGetValue(s.Id, out var a)
            ? new AssessmentResult(s.Id, s.Name, a.Status, a.Points, a.Passed)
            : new AssessmentResult(s.Id, s.Name, null, null, null)).ToList();
    }

    /// <summary>Values of the indicators CoSo computes itself, for a station on today's date.</summary>
    public async Task<IReadOnlyDictionary<string, decimal>> AutoValuesAsync(Guid stationId, CancellationToken ct = default)
    {
        var today = VietnamClock.Today(time);
        var staff = (await staffing.StationAsync(stationId, today, ct)).Staffing;
        var facility = await db.Set<StationFacility>().AsNoTracking().FirstOrDefaultAsync(f => f.OrgUnitId == stationId, ct);
        var residents = db.People.AsNoTracking().Where(p => p.OrgUnitId == stationId && p.MergedIntoId == null);
        var total = await residents.CountAsync(ct);
        var records = db.HealthRecords;
        var withRecord = await residents.CountAsync(p => records.Any(h => h.ProvinceCode == p.ProvinceCode && h.PersonId == p.Id), ct);
        var services = await facilities.CoverageAsync([stationId], ct);
        return new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            [AutoIndicators.DoctorPresent] = staff.HasDoctor ? 1 : 0,
            [AutoIndicators.MaternalCarePresent] = staff.HasMaternalCare ? 1 : 0,
            [AutoIndicators.BhytEligible] = facility?.BhytInForceOn(today) == true ? 1 : 0,
            [AutoIndicators.HealthRecordShare] = total == 0 ? 0 : Math.Round(100m * withRecord / total, 1),
            [AutoIndicators.TechnicalServiceShare] = services[stationId].Percent,
        };
    }

    private async Task<List<IndicatorValue>> WithAutoAsync(CriteriaSetDefinition def, Guid stationId, IEnumerable<IndicatorValue> manual, CancellationToken ct)
    {
        var autos = def.Criteria.SelectMany(c => c.Indicators).Where(i => i.Source == IndicatorSource.Auto).ToList();
        var values = manual.Where(v => !v.IsAuto).ToList();
        if (autos.Count > 0)
        {
            var computed = await AutoValuesAsync(stationId, ct);
            values.AddRange(autos.Select(i => new IndicatorValue(i.Code, computed[i.AutoKey!], null, IsAuto: true)));
        }

        return values;
    }

    private async Task StoreAsync(CriteriaAssessment a, CriteriaSetDefinition def, Guid stationId, List<IndicatorValue> manual, AssessmentStatus status, CancellationToken ct)
    {
        var values = await WithAutoAsync(def, stationId, manual, ct);
        var score = CriteriaScoring.Score(def, values);
        a.ValuesJson = JsonSerializer.Serialize(values, CriteriaJson.Options);
        a.Points = score.Points;
        a.Passed = score.Passed;
        a.Status = status;
        a.UpdatedAt = time.GetUtcNow();
        a.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || db.Entry(a).State == EntityState.Added)
        {
            // A concurrent writer changed the row since we read it, or created the same (station, set, year) first.
            throw new ConcurrencyConflictException("Stale assessment version.", ex);
        }
    }

    private async Task<CriteriaAssessment> SubmittedAsync(Guid stationId, Guid setId, int year, CancellationToken ct)
    {
        var a = await db.Set<CriteriaAssessment>().FirstOrDefaultAsync(x => x.OrgUnitId == stationId && x.CriteriaSetId == setId && x.Year == year, ct) ?? throw new NotFoundException();
        if (a.Status != AssessmentStatus.Submitted)
        {
            throw new DomainValidationException("status", "facilities.assessment.status", a.Status);
        }

        return a;
    }

    private async Task<CriteriaAssessment> LoadOrNewAsync(Guid stationId, Guid setId, int year, CancellationToken ct)
    {
        var a = await db.Set<CriteriaAssessment>().FirstOrDefaultAsync(x => x.OrgUnitId == stationId && x.CriteriaSetId == setId && x.Year == year, ct);
        if (a is null)
        {
            a = new CriteriaAssessment { Id = Guid.CreateVersion7(), OrgUnitId = stationId, CriteriaSetId = setId, Year = year, Status = AssessmentStatus.Draft };
            db.Add(a);
        }

        return a;
    }

    private async Task<CriteriaSet> SetAsync(Guid setId, CancellationToken ct) =>
        await db.Set<CriteriaSet>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == setId, ct) ?? throw new NotFoundException();

    private static CriteriaSetSummary Summary(CriteriaSet s) => new(s.Id, s.Code, s.Name, s.IsExample, s.FromYear, s.ToYear);
}
