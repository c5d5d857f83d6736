using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.People;
using CoSo.Core.Reception;
using CoSo.Data.Access;
using CoSo.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Reception;

/// <summary>The desk (tiếp đón): the BHYT check of a resident's card, and the arrival with its queue number.</summary>
public sealed class ReceptionService(CoSoDbContext db, TimeProvider time, StationResolver stations, CoverageRulesProvider rules, QueueEvents events)
{
    public async Task<CoverageDto> CheckAsync(Guid personId, Guid? stationId, bool emergency = false, bool renewalReceipt = false, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId && p.MergedIntoId == null, ct) ?? throw new NotFoundException();
        var station = await stations.ResolveAsync(stationId, ct);
        var today = VietnamClock.Today(time);
        var decision = Decide(person, station.BhytFacilityCode, today, emergency, renewalReceipt);
        await db.AuditReadsAsync("reception:bhyt-check", [(person.Id, person.ProvinceCode)], ct);
        return new CoverageDto(person.Id, person.BhytNumber, person.BhytValidFrom, person.BhytValidTo, person.BhytFacilityCode, station.BhytFacilityCode, today,
            decision.Covered, decision.Category, decision.BenefitPercent, decision.RuleId, decision.ReasonVi, decision.ReasonEn, decision.Source);
    }

    public async Task<ArrivalDto> ReceiveAsync(ArrivalInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordVisits);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == input.PersonId && p.MergedIntoId == null, ct) ?? throw new NotFoundException();
        var station = await stations.ResolveAsync(input.StationId, ct);
        var now = time.GetUtcNow();
        var today = VietnamClock.LocalDate(now);
        var open = await db.Set<Arrival>().AsNoTracking()
            .Where(a => a.ProvinceCode == person.ProvinceCode && a.PersonId == person.Id && a.ArrivalDate == today && a.OrgUnitId == station.Id
                && (a.Status == ArrivalStatus.Waiting || a.Status == ArrivalStatus.InConsultation))
            .Select(a => (int?)a.QueueNumber).FirstOrDefaultAsync(ct);
        if (open is { } number)
        {
            throw new DomainValidationException("personId", "queue.alreadyToday", number);
        }

        var decision = Decide(person, station.BhytFacilityCode, today, input.Emergency, input.RenewalReceipt);
        var arrival = new Arrival
        {
            Id = Guid.CreateVersion7(), ProvinceCode = person.ProvinceCode, OrgUnitId = station.Id, PersonId = person.Id, ArrivalDate = today, ArrivedAt = now,
            Priority = input.Priority || input.Emergency, Emergency = input.Emergency, Reason = Clean(input.Reason), PaperNumber = Clean(input.PaperNumber),
            BhytNumber = person.BhytNumber, BhytCovered = decision.Covered, BhytCategory = decision.Category, BhytBenefitPercent = decision.BenefitPercent,
            BhytRuleId = decision.RuleId, CreatedAt = now, Version = 1,
        };

        // Two desks receiving at the same moment compute the same next number; the unique index refuses the second,
        // which takes the number after.
        for (var attempt = 1; ; attempt++)
        {
            arrival.QueueNumber = 1 + (await db.Set<Arrival>().Where(a => a.OrgUnitId == station.Id && a.ArrivalDate == today).MaxAsync(a => (int?)a.QueueNumber, ct) ?? 0);
            db.Add(arrival);
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
        }

        events.Changed(station.Id);
        return QueueService.ToDto(arrival, person, today, rules.Rules);
    }

    internal CoverageDecision Decide(Person person, string? stationCode, DateOnly date, bool emergency, bool renewalReceipt) =>
        CoverageCheck.Decide(new CoverageRequest
        {
            CardNumber = person.BhytNumber, ValidFrom = person.BhytValidFrom, ValidTo = person.BhytValidTo, RegisteredFacility = person.BhytFacilityCode,
            StationFacilityCode = stationCode, VisitDate = date, BirthDate = person.BirthDate, Emergency = emergency, RenewalReceipt = renewalReceipt,
        }, rules.Rules);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s.Trim());
}
