using CoSo.Core.Indicators;
using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Programmes;

/// <summary>
/// CDS.groupA / CDS.groupB: case reports of the station (residents and non-residents) with onset in the period, not
/// discarded, whose disease is in the group of the catalogue (TT 54/2015) / all such case reports of the station.
/// </summary>
public sealed class NotifiableCasesSource(DiseaseGroup group, NotifiableDiseaseCatalogue catalogue) : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(CaseReport)];

    public IndicatorDefinition Definition { get; } = group == DiseaseGroup.A ? ReportIndicators.GroupACasesDefinition : ReportIndicators.GroupBCasesDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var (from, to) = (period.Start, period.End);
        var rows = await db.Set<CaseReport>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(c => stationIds.Contains(c.OrgUnitId) && c.OnsetDate >= from && c.OnsetDate <= to && c.Classification != CaseClassification.Discarded)
            .GroupBy(c => new { c.OrgUnitId, c.DiseaseCode })
            .Select(g => new { g.Key.OrgUnitId, g.Key.DiseaseCode, Count = g.Count() })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.OrgUnitId)
            .Select(g => new UnitValue(g.Key, g.Where(r => catalogue.FindByCode(r.DiseaseCode)?.Group == group).Sum(r => r.Count), g.Sum(r => r.Count)))
            .ToList();
    }
}
