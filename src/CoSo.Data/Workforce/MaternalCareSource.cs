using CoSo.Core.Indicators;
using CoSo.Core.Workforce;
using CoSo.Data.Indicators;

namespace CoSo.Data.Workforce;

/// <summary>
/// T7: a station counts 1/1 when a midwife or an obstetric–paediatric assistant physician is counted at the station on
/// the period's end date (staffing rules of docs/workforce.md, so a rotation or secondment to the station counts), else 0/1.
/// </summary>
public sealed class MaternalCareSource : IIndicatorSource
{
    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(StaffMember), typeof(Posting)];

    public IndicatorDefinition Definition { get; } = Targets2030.T7 with { DataAvailable = true };

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var staffing = await StaffingSnapshot.OnAsync(db, period.End, stationIds, ct);
        return stationIds.Select(s => StaffingSnapshot.Station(s, staffing.GetValueOrDefault(s)?.HasMaternalCare == true)).ToList();
    }
}
