using CoSo.Core.Growth;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Data.Access;
using CoSo.Data.Indicators;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Nutrition;

/// <summary>
/// NUT.underweight, NUT.stunting, NUT.wasting: the prevalence among children under 5 measured in the period, as WHO's
/// anthro computes a survey's prevalence. Each child counts once, by their last measurement of the period whose
/// indicator could be assessed (a class was stored: the z-score was computed and not flagged implausible, or the
/// child had oedema, which counts as severe underweight and severe wasting); the numerator is the children of that
/// measurement below −2 SD (moderate and severe together), the denominator all of them. A child counts at the
/// station their measurements belong to (they follow the child when they move).
/// </summary>
public sealed class NutritionPrevalenceSource(NutritionPrevalence kind) : IIndicatorSource, IResidentListSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(GrowthMeasurement)];

    public IndicatorDefinition Definition { get; } = NutritionIndicators.Prevalence(kind);

    public NutritionPrevalence Kind => kind;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var latest = await LatestAsync(db.Set<GrowthMeasurement>().Unfiltered(UnscopedReason.IndicatorComputation), period, stationIds, ct);
        var byStation = latest.GroupBy(m => m.OrgUnitId).ToDictionary(g => g.Key, g => (Numerator: g.Count(m => m.Malnourished), Denominator: g.Count()));
        return stationIds.Select(s => byStation.TryGetValue(s, out var v) ? new UnitValue(s, v.Numerator, v.Denominator) : new UnitValue(s, 0, 0)).ToList();
    }

    public async Task<IQueryable<Person>> ResidentsAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, bool numerator, CancellationToken ct)
    {
        // Read through the actor's scope: a measurement (and so a child) outside it is never listed.
        var latest = await LatestAsync(db.Set<GrowthMeasurement>(), period, stationIds, ct);
        var ids = latest.Where(m => !numerator || m.Malnourished).Select(m => m.PersonId).ToList();
        return db.People.AsNoTracking().Where(p => ids.Contains(p.Id));
    }

    /// <summary>Each child's last assessable measurement of the period at the given stations.</summary>
    private async Task<List<Counted>> LatestAsync(IQueryable<GrowthMeasurement> measurements, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var inPeriod = measurements.AsNoTracking().Where(m => stationIds.Contains(m.OrgUnitId) && m.MeasuredOn >= from && m.MeasuredOn <= to);
        // Class as an int: null = not assessable; 1 and 2 are the moderate and severe forms for all three indicators.
        var rows = kind switch
        {
            NutritionPrevalence.Underweight => await inPeriod.Where(m => m.WeightForAge != null)
                .Select(m => new Row(m.PersonId, m.OrgUnitId, m.MeasuredOn, m.CreatedAt, (int)m.WeightForAge!)).ToListAsync(ct),
            NutritionPrevalence.Stunting => await inPeriod.Where(m => m.LengthForAge != null)
                .Select(m => new Row(m.PersonId, m.OrgUnitId, m.MeasuredOn, m.CreatedAt, (int)m.LengthForAge!)).ToListAsync(ct),
            _ => await inPeriod.Where(m => m.WeightForLength != null)
                .Select(m => new Row(m.PersonId, m.OrgUnitId, m.MeasuredOn, m.CreatedAt, (int)m.WeightForLength!)).ToListAsync(ct),
        };
        return rows.GroupBy(r => r.PersonId)
            .Select(g => g.OrderByDescending(r => r.MeasuredOn).ThenByDescending(r => r.CreatedAt).First())
            .Select(r => new Counted(r.PersonId, r.OrgUnitId, r.Class is 1 or 2))
            .ToList();
    }

    private sealed record Row(Guid PersonId, Guid OrgUnitId, DateOnly MeasuredOn, DateTimeOffset CreatedAt, int Class);

    private sealed record Counted(Guid PersonId, Guid OrgUnitId, bool Malnourished);
}

/// <summary>The three forms of undernutrition the report counts.</summary>
public enum NutritionPrevalence
{
    Underweight,
    Stunting,
    Wasting,
}
