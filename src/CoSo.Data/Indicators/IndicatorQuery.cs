using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Core.Records;
using CoSo.Data.Indicators.Sources;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators;

/// <summary>Reads stored results for a unit in the actor's scope: cards with trend and sub-units, and the residents behind a figure.</summary>
public sealed class IndicatorQuery(CoSoDbContext db, IndicatorRegistry registry)
{
    public const int TrendLength = 12;

    /// <summary>Mother-and-child programme figures (issue 17) shown together: population events, antenatal care, immunization, nutrition, family planning.</summary>
    public static readonly IReadOnlyList<string> MotherAndChild =
    [
        ReportIndicators.Births, ReportIndicators.InfantDeaths, ReportIndicators.NeonatalDeaths, "MCH.stillbirths", "MCH.maternalDeaths",
        "ANC.4visits", "ANC.tetanus", "MCH.skilledBirths", "MCH.postnatal", ReportIndicators.FullyImmunized, ReportIndicators.MeaslesRubella, ReportIndicators.HepBBirth24h,
        "NUT.underweight", "NUT.stunting", "NUT.wasting", "NUT.vitaminA", ReportIndicators.FamilyPlanningNewUsers, ReportIndicators.ContraceptivePrevalence,
    ];

    /// <summary>The 2030 targets' cards (or, with <paramref name="codes"/>, those indicators' in that order; codes not registered are left out).</summary>
    public async Task<Dashboard> DashboardAsync(Guid orgUnitId, Period period, CancellationToken ct = default) => await DashboardAsync(orgUnitId, period, null, ct);

    public async Task<Dashboard> DashboardAsync(Guid orgUnitId, Period period, IReadOnlyList<string>? codes, CancellationToken ct = default)
    {
        var unit = await UnitInScopeAsync(orgUnitId, ct);
        var children = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == unit.Id && u.Kind != OrgUnitKind.Village)
            .Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        var childIds = children.Select(c => c.Id).ToList();
        var cards = new List<IndicatorCard>();
        // The dashboard is the 2030 targets; the report indicators appear in the report forms, the DHIS2 export and the programme views.
        var definitions = codes is null
            ? registry.Definitions.Where(d => Targets2030.All.Any(t => t.Code == d.Code))
            : codes.Select(c => registry.Find(c)?.Definition).OfType<IndicatorDefinition>();
        var populationBasis = new Dictionary<int, UnitPopulation?>();
        foreach (var definition in definitions)
        {
            var own = period.As(definition.PeriodType);
            var periods = Enumerable.Range(0, TrendLength).Select(i => own.Previous(TrendLength - 1 - i).ToString()).ToList();
            var trendRows = await db.Set<IndicatorResult>().AsNoTracking()
                .Where(r => r.IndicatorCode == definition.Code && r.OrgUnitId == unit.Id && periods.Contains(r.Period)).ToListAsync(ct);
            var trend = periods.Select(p => trendRows.FirstOrDefault(r => r.Period == p) is { } r && r.Status == IndicatorStatus.Ok
                ? new TrendPoint(p, definition.JudgedValueOf(r.Numerator, r.Denominator, r.Population), definition.ValueOf(r.Numerator, r.Denominator))
                : new TrendPoint(p, null)).ToList();
            var current = trendRows.FirstOrDefault(r => r.Period == own.ToString());
            var status = definition.DataAvailable && current is { Status: IndicatorStatus.Ok } ? IndicatorStatus.Ok : IndicatorStatus.NoData;
            var value = status == IndicatorStatus.Ok ? definition.ValueOf(current!.Numerator, current.Denominator) : null;
            var judged = status == IndicatorStatus.Ok ? definition.JudgedValueOf(current!.Numerator, current.Denominator, current.Population) : null;
            var light = TrafficLights.Evaluate(definition, judged, trend.Take(TrendLength - 1).Select(t => t.Value).ToList());

            var key = own.ToString();
            var subRows = status == IndicatorStatus.Ok
                ? await db.Set<IndicatorResult>().AsNoTracking()
                    .Where(r => r.IndicatorCode == definition.Code && r.Period == key && childIds.Contains(r.OrgUnitId) && r.Status == IndicatorStatus.Ok).ToListAsync(ct)
                : [];
            var subUnits = subRows.Join(children, r => r.OrgUnitId, c => c.Id, (r, c) => new SubUnitValue(c.Id, c.Code, c.Name, r.Numerator, r.Denominator, definition.ValueOf(r.Numerator, r.Denominator),
                    definition.JudgedOnPopulation ? r.Population : null, definition.JudgedOnPopulation && r.Population is > 0 ? definition.ValueOf(r.Numerator, r.Population.Value) : null,
                    definition.JudgedValueOf(r.Numerator, r.Denominator, r.Population)))
                .OrderBy(s => s.JudgedValue is null ? 1 : 0)
                .ThenBy(s => definition.Direction == IndicatorDirection.HigherIsBetter ? s.JudgedValue : -s.JudgedValue)
                .ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

            var card = new IndicatorCard(definition.Code, definition.NameVi, definition.NameEn, definition.NumeratorVi, definition.DenominatorVi, definition.Unit,
                definition.Target, definition.TargetStrict, definition.Subject, key, status, current?.Numerator ?? 0, current?.Denominator ?? 0, value, light, trend, subUnits,
                JudgedValue: judged);
            if (definition.JudgedOnPopulation)
            {
                var population = status == IndicatorStatus.Ok ? current!.Population : null;
                if (!populationBasis.TryGetValue(own.Start.Year, out var basis))
                {
                    basis = await Population.PopulationLookup.OfUnitAsync(db, unit, own.Start.Year, ct);
                    populationBasis[own.Start.Year] = basis;
                }

                card = card with
                {
                    JudgedOn = status != IndicatorStatus.Ok ? null : population is > 0 ? "population" : "registry",
                    PopulationDenominator = population,
                    PopulationValue = population is > 0 ? definition.ValueOf(current!.Numerator, population.Value) : null,
                    RegistryCompleteness = population is > 0 ? Math.Round(current!.Denominator * 100m / population.Value, 2) : null,
                    PopulationDenominatorVi = definition.PopulationDenominatorVi,
                    PopulationBasis = population is > 0 ? basis : null,
                };
            }

            cards.Add(card);
        }

        return new Dashboard(unit.Id, unit.Code, unit.Name, period.ToString(), cards);
    }

    /// <summary>
    /// The residents counted in T1 or T3 (part "numerator" or "denominator") for a station or any unit above it, as of
    /// the period's last day, or in an indicator that lists its own (<see cref="IResidentListSource"/>: the nutrition
    /// prevalences), through the actor's scope filters (people outside the scope are never listed).
    /// </summary>
    public async Task<ResidentList> ResidentsAsync(string code, Guid orgUnitId, Period period, string part, int page, int pageSize, CancellationToken ct = default)
    {
        var unit = await UnitInScopeAsync(orgUnitId, ct);
        var definition = registry.Find(code)?.Definition ?? throw new NotFoundException();
        var numerator = part.Equals("numerator", StringComparison.OrdinalIgnoreCase);
        if (!numerator && !part.Equals("denominator", StringComparison.OrdinalIgnoreCase))
        {
            var errors = new ValidationErrors();
            errors.Add("part", "indicators.part");
            errors.ThrowIfInvalid();
        }

        var date = period.As(definition.PeriodType).End;
        var stations = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.CommuneHealthStation && u.Path.StartsWith(unit.Path)).Select(u => u.Id).ToListAsync(ct);
        if (registry.Find(code) is IResidentListSource lister)
        {
            return await PageAsync(definition, numerator, period, await lister.ResidentsAsync(db, period.As(definition.PeriodType), stations, numerator, ct), page, pageSize, ct);
        }

        var q = db.Set<CoSo.Core.People.Person>().AsNoTracking().Where(p => stations.Contains(p.OrgUnitId) && p.MergedIntoId == null)
            .Where(p => !p.IsDeceased || (p.DeceasedOn != null && p.DeceasedOn > date))
            .Where(p => !p.MovedAway || (p.MovedAwayOn != null && p.MovedAwayOn > date));
        if (numerator)
        {
            q = definition.Code switch
            {
                "T1" => q.WithValidCard(date),
                "T3" => q.UnderHealthManagement(db, date),
                _ => throw new NotFoundException(),
            };
        }
        else if (definition.Code is not ("T1" or "T3"))
        {
            throw new NotFoundException();
        }

        return await PageAsync(definition, numerator, period, q, page, pageSize, ct);
    }

    private static async Task<ResidentList> PageAsync(IndicatorDefinition definition, bool numerator, Period period, IQueryable<CoSo.Core.People.Person> q, int page, int pageSize, CancellationToken ct)
    {
        var total = await q.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, 200);
        var items = await q.OrderBy(p => p.NameKey).ThenBy(p => p.Id).Skip((Math.Max(page, 1) - 1) * size).Take(size)
            .Select(p => new ResidentRow(p.Id, p.ProvinceCode, p.FullName, p.BirthYear, p.Sex, p.BhytNumber, p.BhytValidTo)).ToListAsync(ct);
        return new ResidentList(definition.Code, numerator ? "numerator" : "denominator", period.ToString(), total, items);
    }

    /// <summary>
    /// The stored disaggregation of an indicator (sex, then age bands) for a unit in the actor's scope and a period;
    /// empty when the indicator has none or nothing was computed.
    /// </summary>
    public async Task<IReadOnlyList<BreakdownRow>> BreakdownAsync(string code, Guid orgUnitId, Period period, CancellationToken ct = default)
    {
        var unit = await UnitInScopeAsync(orgUnitId, ct);
        var definition = registry.Find(code)?.Definition ?? throw new NotFoundException();
        var key = period.As(definition.PeriodType).ToString();
        var rows = await db.Set<IndicatorBreakdown>().AsNoTracking()
            .Where(r => r.IndicatorCode == definition.Code && r.OrgUnitId == unit.Id && r.Period == key).ToListAsync(ct);
        var categories = AgeBands.Categories.Select(c => new BreakdownCategory(c.Key, c.Vi, c.En)).Concat(definition.Categories);
        return categories.Join(rows, c => c.Key, r => r.Category, (c, r) =>
            new BreakdownRow(c.Key, c.NameVi, c.NameEn, r.Numerator, r.Denominator, definition.ValueOf(r.Numerator, r.Denominator))).ToList();
    }

    /// <summary>Units the actor may see figures of: any unit in scope (a station user sees their station and its villages).</summary>
    public async Task<OrgUnit> UnitInScopeAsync(Guid orgUnitId, CancellationToken ct)
    {
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == orgUnitId, ct);
        if (unit is null || !db.Actor.Scope.Allows(unit.Id))
        {
            throw new NotFoundException();
        }

        return unit;
    }
}
