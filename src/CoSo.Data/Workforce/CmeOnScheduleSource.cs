using CoSo.Core.Indicators;
using CoSo.Core.Workforce;
using CoSo.Data.Access;
using CoSo.Data.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoSo.Data.Workforce;

/// <summary>
/// HR.cmeOnSchedule (a report indicator; T11 until T11 became the facility-plan target, <see cref="TrainingPlanSource"/>),
/// per clinician: numerator = workers counted at the station on the period's end date (staffing rules) whose cadre
/// requires CME and whose CME hours in the rolling window ending on that date reach the requirement (CoSo:Workforce,
/// default 120 in 5 years; the legal unit is probably 120 tiết, unverified); denominator = those workers whose cadre
/// requires CME. The department figure is then the share of clinicians on schedule across its stations.
/// </summary>
public sealed class CmeOnScheduleSource(IOptions<WorkforceOptions> options) : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(StaffMember), typeof(Posting), typeof(TrainingRecord)];

    public IndicatorDefinition Definition => ReportIndicators.CmeOnScheduleDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var date = period.End;
        var requirement = options.Value.Requirement;
        var staffing = await StaffingSnapshot.OnAsync(db, date, stationIds, ct);
        var staffIds = staffing.Values.SelectMany(s => s.StaffIds).Distinct().ToList();
        var cadres = await db.Set<StaffMember>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Cadre, ct);
        var credits = (await db.Set<TrainingRecord>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking().Where(t => staffIds.Contains(t.StaffId) && t.End <= date)
                .Select(t => new { t.StaffId, t.End, t.Hours }).ToListAsync(ct))
            .ToLookup(t => t.StaffId, t => new CmeCredit(t.End, t.Hours));
        var values = new List<UnitValue>();
        foreach (var station in stationIds)
        {
            var clinicians = (staffing.GetValueOrDefault(station)?.StaffIds ?? []).Where(id => cadres.TryGetValue(id, out var c) && CadreRules.RequiresCme(c)).ToList();
            var onSchedule = clinicians.Count(id => !Cme.StatusOn(credits[id], date, requirement).IsShort);
            values.Add(new UnitValue(station, onSchedule, clinicians.Count));
        }

        return values;
    }
}
