using CoSo.Core.Chronic;
using CoSo.Core.Indicators;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Programmes;

/// <summary>
/// NCD.htnManaged / NCD.dmManaged: enrolments of the programme at the station in force on the period's last day
/// (registered on or before it, not closed on or before it) / every enrolment registered there up to that day.
/// A transferred patient counts at the receiving station from the transfer (the sending enrolment is closed).
/// </summary>
public sealed class ChronicManagedSource(ChronicProgramme programme) : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(ChronicEnrolment)];

    public IndicatorDefinition Definition { get; } = programme == ChronicProgramme.Hypertension
        ? ReportIndicators.HypertensionManagedDefinition
        : ReportIndicators.DiabetesManagedDefinition;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var end = period.End;
        var rows = await db.Set<ChronicEnrolment>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(e => stationIds.Contains(e.OrgUnitId) && e.Programme == programme && e.RegisteredOn <= end)
            .GroupBy(e => e.OrgUnitId)
            .Select(g => new
            {
                g.Key,
                Denominator = g.Count(),
                Numerator = g.Count(e => e.Status == EnrolmentStatus.Active ? e.ClosedOn == null || e.ClosedOn > end : e.ClosedOn != null && e.ClosedOn > end),
            })
            .ToListAsync(ct);
        return rows.Select(r => new UnitValue(r.Key, r.Numerator, r.Denominator)).ToList();
    }
}
