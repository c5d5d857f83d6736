using CoSo.Core.Indicators;
using CoSo.Core.Workforce;
using CoSo.Data.Indicators;

namespace CoSo.Data.Workforce;

/// <summary>
/// T5: a station counts 1/1 when at least one doctor employed as permanent (cơ hữu) is present on its regular posting
/// on the period's end date, else 0/1. Contract doctors and doctors present through a rotation or secondment, or
/// employed as seconded (biệt phái), do not count; a permanent doctor of the station away on secondment does not count either.
/// </summary>
public sealed class PermanentDoctorSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(StaffMember), typeof(Posting)];

    public IndicatorDefinition Definition { get; } = Targets2030.T5 with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var staffing = await StaffingSnapshot.OnAsync(db, period.End, stationIds, ct);
        return stationIds.Select(s => StaffingSnapshot.Station(s, staffing.GetValueOrDefault(s)?.PermanentDoctors > 0)).ToList();
    }
}
