using CoSo.Core.Indicators;
using CoSo.Core.Workforce;
using CoSo.Data.Indicators;

namespace CoSo.Data.Workforce;

/// <summary>
/// T5: a station counts 1/1 when at least one doctor of its own works there full time on the period's end date —
/// permanent (cơ hữu/biên chế) or contract, on a regular or transfer posting not marked part time — else 0/1. Doctors
/// present through a rotation or secondment, employed as seconded (biệt phái), or part time do not count; a doctor of
/// the station away on secondment does not count either. The breakdown (<see cref="StationDoctorKinds"/>) gives, per
/// kind of doctor, the stations that have one, so that a province reading "cơ hữu" as permanent tenure can use that.
/// The reading is to be confirmed with the Sở Y tế (docs/workforce.md).
/// </summary>
public sealed class FullTimeDoctorSource : IDisaggregatedSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(StaffMember), typeof(Posting)];

    public IndicatorDefinition Definition { get; } = Targets2030.T5 with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var staffing = await StaffingSnapshot.OnAsync(db, period.End, stationIds, ct);
        return stationIds.Select(s => StaffingSnapshot.Station(s, staffing.GetValueOrDefault(s)?.FullTimeDoctors > 0)).ToList();
    }

    public async Task<IReadOnlyList<CategoryValue>> ComputeBreakdownAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var staffing = await StaffingSnapshot.OnAsync(db, period.End, stationIds, ct);
        return stationIds.SelectMany(s =>
        {
            var kinds = StationDoctorKinds.Of(staffing.GetValueOrDefault(s)).ToHashSet();
            return StationDoctorKinds.Categories.Select(c => new CategoryValue(s, c.Key, kinds.Contains(c.Key) ? 1 : 0, 1));
        }).ToList();
    }
}
