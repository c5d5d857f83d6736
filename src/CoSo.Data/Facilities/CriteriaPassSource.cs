using CoSo.Core.Facilities;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators;
using IndicatorDefinition = CoSo.Core.Indicators.IndicatorDefinition;
using Microsoft.EntityFrameworkCore;
using CoSo.Data.Access;

namespace CoSo.Data.Facilities;

/// <summary>
/// T9: a station counts 1/1 when its self-assessment for the period's year, under an official criteria set that
/// applies to that year, was approved by the province (since 07/2025 only a provincial manager or an administrator can
/// approve: <see cref="RecognitionPolicy"/>) and passes; 0/1 when approved and failing, and 0/1 without an approved
/// assessment — but such a station has no data of its own, so a unit none of whose stations has an approved
/// assessment shows "no data" rather than 0 % (<see cref="IPartialIndicatorSource"/>). Example sets (the QĐ 4667
/// example and the unverified QĐ 1300 structure shipped with CoSo) never count: T9 is about the official QĐ 1300 set a
/// province imports. Should a station have approved assessments under two official sets of the year, the one reviewed
/// last decides.
/// </summary>
public sealed class CriteriaPassSource : IPartialIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(CriteriaAssessment)];

    public IndicatorDefinition Definition { get; } = Targets2030.T9;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct) =>
        (await ComputePartialAsync(db, period, stationIds, ct)).Values;

    public async Task<PartialValues> ComputePartialAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var year = period.End.Year;
        var ids = stationIds.ToList();
        var official = db.Set<CriteriaSet>().Unfiltered(UnscopedReason.IndicatorComputation).Where(s => !s.IsExample && s.FromYear <= year && s.ToYear >= year).Select(s => s.Id);
        var approved = await db.Set<CriteriaAssessment>().Unfiltered(UnscopedReason.IndicatorComputation).AsNoTracking()
            .Where(a => ids.Contains(a.OrgUnitId) && a.Year == year && a.Status == AssessmentStatus.Approved && official.Contains(a.CriteriaSetId))
            .Select(a => new { a.OrgUnitId, a.Passed, a.ReviewedAt, a.Id }).ToListAsync(ct);

        // ReviewedAt is ordered in memory: SQLite cannot order DateTimeOffset columns.
        var decided = approved.GroupBy(a => a.OrgUnitId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.ReviewedAt).ThenByDescending(a => a.Id).First().Passed);
        var values = ids.Select(s => new UnitValue(s, decided.GetValueOrDefault(s) ? 1 : 0, 1)).ToList();
        return new PartialValues(values, decided.Keys.ToHashSet());
    }
}
