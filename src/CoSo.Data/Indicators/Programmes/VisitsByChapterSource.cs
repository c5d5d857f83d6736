using CoSo.Core.Encounters;
using CoSo.Core.Indicators;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Programmes;

/// <summary>
/// OPD.icdI / icdIX / icdX / icdOther: visits that took place at the station in the period (as T2) whose main diagnosis
/// falls in the row's chapters; the denominator is every visit at the station in the period.
/// </summary>
public sealed class VisitsByChapterSource(IcdChapterGroup group) : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Encounter), typeof(EncounterDiagnosis)];

    public IndicatorDefinition Definition { get; } = ReportIndicators.VisitsByChapter(group);

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var visits = db.Set<Encounter>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(e => !e.Voided && stationIds.Contains(e.FacilityId) && e.VisitDate >= from && e.VisitDate <= to);
        var all = await visits.GroupBy(e => e.FacilityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(r => r.Key, r => r.Count, ct);

        // One row per (station, first letter of the main diagnosis): small, then mapped to chapters in memory.
        var byLetter = await (
                from e in visits
                join d in db.Set<EncounterDiagnosis>().Unfiltered(UnscopedReason.IndicatorComputation).Where(d => d.IsMain)
                    on new { e.ProvinceCode, EncounterId = e.Id } equals new { d.ProvinceCode, d.EncounterId }
                group e by new { e.FacilityId, Letter = d.Code.Substring(0, 1) } into g
                select new { g.Key.FacilityId, g.Key.Letter, Visits = g.Select(e => e.Id).Distinct().Count() })
            .ToListAsync(ct);
        var numerators = byLetter.Where(r => group.Contains(r.Letter)).GroupBy(r => r.FacilityId).ToDictionary(g => g.Key, g => g.Sum(r => r.Visits));
        return stationIds.Select(s => new UnitValue(s, numerators.GetValueOrDefault(s), all.GetValueOrDefault(s))).ToList();
    }
}
