using CoSo.Core.Bhyt;
using CoSo.Core.Encounters;
using CoSo.Core.Indicators;
using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Sources;

/// <summary>
/// T2 (issue 15, item 6): primary-care users paid by BHYT. The denominator is the residents with at least one visit
/// (not voided) at the station in the period; the numerator those of them with at least one such visit whose current
/// claim was accepted by the gateway or, until it answers, submitted or resubmitted. A draft, a checked claim not yet
/// sent, a rejected one, a held one (uncovered, no cost) and a superseded version do not count. Each resident counts
/// once per station, where the visit took place; the roll-up sums the stations, so a resident seen at two stations
/// in the month counts at each (the national target is judged per station).
/// </summary>
public sealed class BhytVisitsSource : IIndicatorSource, IResidentListSource
{
    /// <summary>The statuses that count as "paid by BHYT" (accepted, or sent and awaiting the answer).</summary>
    public static readonly ClaimStatus[] Counted = [ClaimStatus.Submitted, ClaimStatus.Resubmitted, ClaimStatus.Accepted];

    public IReadOnlyCollection<Type>? Inputs { get; } = [typeof(Encounter), typeof(BhytClaim)];

    public IndicatorDefinition Definition => Targets2030.T2;

    public async Task<IReadOnlyList<UnitValue>> ComputeAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, CancellationToken ct)
    {
        var claims = db.Set<BhytClaim>().Unfiltered(UnscopedReason.IndicatorComputation);
        var pairs = await Visits(db.Set<Encounter>().Unfiltered(UnscopedReason.IndicatorComputation), period, stationIds)
            .Select(e => new { e.FacilityId, e.PersonId, Paid = claims.Any(c => c.ProvinceCode == e.ProvinceCode && c.EncounterId == e.Id && c.IsCurrent && Counted.Contains(c.Status)) })
            .Distinct()
            .ToListAsync(ct);
        // (station, resident, paid) is distinct; a resident with a paid and an unpaid visit appears twice and counts once.
        return pairs.GroupBy(p => p.FacilityId)
            .Select(g => new UnitValue(g.Key, g.Where(p => p.Paid).Select(p => p.PersonId).Distinct().Count(), g.Select(p => p.PersonId).Distinct().Count()))
            .ToList();
    }

    public Task<IQueryable<Person>> ResidentsAsync(CoSoDbContext db, Period period, IReadOnlyCollection<Guid> stationIds, bool numerator, CancellationToken ct)
    {
        // Read through the actor's scope filters: a visit or claim outside it never lists its resident.
        var visits = Visits(db.Set<Encounter>(), period, stationIds);
        if (numerator)
        {
            var claims = db.Set<BhytClaim>();
            visits = visits.Where(e => claims.Any(c => c.ProvinceCode == e.ProvinceCode && c.EncounterId == e.Id && c.IsCurrent && Counted.Contains(c.Status)));
        }

        var ids = visits.Select(e => e.PersonId);
        return Task.FromResult(db.People.AsNoTracking().Where(p => ids.Contains(p.Id)));
    }

    private static IQueryable<Encounter> Visits(IQueryable<Encounter> encounters, Period period, IReadOnlyCollection<Guid> stationIds)
    {
        var (from, to) = (period.Start, period.End);
        return encounters.AsNoTracking().Where(e => !e.Voided && stationIds.Contains(e.FacilityId) && e.VisitDate >= from && e.VisitDate <= to);
    }
}
