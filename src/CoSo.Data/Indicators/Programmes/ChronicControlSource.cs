using CoSo.Core.Chronic;
using CoSo.Core.Encounters;
using CoSo.Core.Indicators;
using CoSo.Data.Access;
using CoSo.Data.Chronic;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Programmes;

/// <summary>
/// NCD.htnControlled / NCD.dmControlled: the HEARTS control rate (<see cref="HeartsIndicators"/>) of the month the
/// period ends in, per station — the same figure as the chronic indicators page, for the monthly report and DHIS2.
/// </summary>
public sealed class ChronicControlSource(ChronicProgramme programme, ChronicOptions options) : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(ChronicEnrolment), typeof(ChronicFollowUp), typeof(Encounter)];

    public IndicatorDefinition Definition { get; } = (programme == ChronicProgramme.Hypertension
        ? ReportIndicators.HypertensionControlledDefinition
        : ReportIndicators.DiabetesControlledDefinition) with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var ids = stationIds.ToList();
        var cohorts = await ChronicIndicatorService.CohortsAsync(db,
            db.Set<ChronicEnrolment>().Unfiltered(UnscopedReason.IndicatorComputation).Where(e => e.Programme == programme && ids.Contains(e.OrgUnitId)), ct);
        var target = options.Plan.DefaultFor(programme).Target;
        var month = ReportMonth.Of(period.End);
        return stationIds.Select(s =>
        {
            var m = HeartsIndicators.Compute(cohorts.GetValueOrDefault(s) ?? [], programme, month, target);
            return new UnitValue(s, m.Controlled.Numerator, m.Controlled.Denominator);
        }).ToList();
    }
}
