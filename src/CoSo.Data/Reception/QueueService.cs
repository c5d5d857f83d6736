using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.People;
using CoSo.Core.Reception;
using CoSo.Data.Access;
using CoSo.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Reception;

/// <summary>The day's queue of a station: who is waiting, who is being seen, calling the next patient.</summary>
public sealed class QueueService(CoSoDbContext db, TimeProvider time, StationResolver stations, CoverageRulesProvider rules, QueueEvents events)
{
    public async Task<QueueDto> TodayAsync(Guid? stationId, DateOnly? date = null, CancellationToken ct = default)
    {
        var station = await stations.ResolveAsync(stationId, ct);
        var day = date ?? VietnamClock.Today(time);
        var arrivals = await db.Set<Arrival>().AsNoTracking().Where(a => a.OrgUnitId == station.Id && a.ArrivalDate == day).ToListAsync(ct);
        var ids = arrivals.Select(a => a.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var list = arrivals.Where(a => people.ContainsKey(a.PersonId))
            .OrderBy(a => Rank(a.Status)).ThenByDescending(a => a.Status == ArrivalStatus.Waiting && a.Priority).ThenBy(a => a.QueueNumber)
            .Select(a => ToDto(a, people[a.PersonId], day, rules.Rules)).ToList();
        await db.AuditReadsAsync("queue:today", list.Select(a => (a.PersonId, a.ProvinceCode)), ct);
        return new QueueDto(station.Id, station.Name, day, list);
    }

    /// <summary>The clinician takes the next waiting patient: priority first, then the lowest number.</summary>
    public async Task<ArrivalDto> CallNextAsync(Guid? stationId, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordVisits);
        var station = await stations.ResolveAsync(stationId, ct);
        var day = VietnamClock.Today(time);
        for (var attempt = 1; ; attempt++)
        {
            var next = await db.Set<Arrival>().Where(a => a.OrgUnitId == station.Id && a.ArrivalDate == day && a.Status == ArrivalStatus.Waiting)
                .OrderByDescending(a => a.Priority).ThenBy(a => a.QueueNumber).FirstOrDefaultAsync(ct)
                ?? throw new DomainValidationException("queue", "queue.empty");
            Call(next);
            try
            {
                await db.SaveChangesAsync(ct);
                events.Changed(station.Id);
                return await DtoAsync(next, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Another clinician called the same patient first: take the next one.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Calls a given waiting patient (out of order, e.g. an emergency brought in).</summary>
    public async Task<ArrivalDto> CallAsync(Guid arrivalId, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordVisits);
        var arrival = await FindAsync(arrivalId, expectedVersion, ct);
        if (arrival.Status != ArrivalStatus.Waiting)
        {
            throw new DomainValidationException("arrivalId", "queue.notWaiting");
        }

        Call(arrival);
        await SaveAsync(arrival, ct);
        return await DtoAsync(arrival, ct);
    }

    /// <summary>The patient left before being seen (or is put back in the queue: <paramref name="status"/> Waiting).</summary>
    public async Task<ArrivalDto> SetStatusAsync(Guid arrivalId, ArrivalStatus status, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordVisits);
        var arrival = await FindAsync(arrivalId, expectedVersion, ct);
        if (status is not (ArrivalStatus.Left or ArrivalStatus.Waiting or ArrivalStatus.Done) || arrival.Status is ArrivalStatus.Done)
        {
            throw new DomainValidationException("status", "queue.notWaiting");
        }

        arrival.Status = status;
        arrival.FinishedAt = status == ArrivalStatus.Waiting ? null : time.GetUtcNow();
        arrival.Version++;
        await SaveAsync(arrival, ct);
        return await DtoAsync(arrival, ct);
    }

    internal static int Rank(ArrivalStatus s) => s switch
    {
        ArrivalStatus.InConsultation => 0,
        ArrivalStatus.Waiting => 1,
        ArrivalStatus.Done => 2,
        _ => 3,
    };

    internal static ArrivalDto ToDto(Arrival a, Person p, DateOnly day, CoverageRules rules)
    {
        var rule = rules.Rules.FirstOrDefault(r => r.Id == a.BhytRuleId);
        var vi = rule?.ReasonVi ?? Messages.Get("bhyt." + a.BhytRuleId, Messages.Vietnamese);
        var en = rule?.ReasonEn ?? Messages.Get("bhyt." + a.BhytRuleId, Messages.English);
        return new ArrivalDto(a.Id, a.PersonId, a.ProvinceCode, p.FullName, VietnamClock.AgeInYears(p.EffectiveBirthDate, day), p.Sex.ToString(), a.QueueNumber,
            a.Priority, a.Emergency, a.Reason, a.Status, a.ArrivedAt, a.CalledAt, a.CalledByName, a.EncounterId, a.BhytNumber, a.BhytCovered, a.BhytCategory,
            a.BhytBenefitPercent, vi, en, a.Version);
    }

    private void Call(Arrival a)
    {
        a.Status = ArrivalStatus.InConsultation;
        a.CalledAt = time.GetUtcNow();
        a.CalledByUserId = db.Actor.UserId;
        a.CalledByName = db.Actor.UserName;
        a.Version++;
    }

    private async Task<Arrival> FindAsync(Guid id, int expectedVersion, CancellationToken ct)
    {
        var arrival = await db.Set<Arrival>().FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException();
        return arrival.Version == expectedVersion ? arrival : throw new ConcurrencyConflictException();
    }

    private async Task SaveAsync(Arrival arrival, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }

        events.Changed(arrival.OrgUnitId);
    }

    private async Task<ArrivalDto> DtoAsync(Arrival a, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == a.PersonId, ct);
        await db.AuditReadsAsync("queue:call", [(person.Id, person.ProvinceCode)], ct);
        return ToDto(a, person, a.ArrivalDate, rules.Rules);
    }
}
