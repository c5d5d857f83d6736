using CoSo.Core.Common;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Reception;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Demo;

/// <summary>
/// Today's morning at a demo station: eight residents received since 7:15, three already seen (their visits written),
/// one in consultation, four waiting (one as priority, one whose card has expired and pays herself).
/// </summary>
internal sealed class DemoQueueWriter(CoSoDbContext db, DemoRandom random, DateOnly today, DemoClinicalFactory clinical, Core.Reception.CoverageRules rules)
{
    private static readonly string[] Reasons = ["Tái khám huyết áp", "Ho, sốt 2 ngày", "Đau thượng vị", "Lấy thuốc tiểu đường", "Đau lưng", "Tiêu chảy", "Khám sức khỏe", "Sốt, đau đầu"];

    public int Arrivals { get; private set; }

    public async Task WriteAsync(OrgUnit station, Guid? staffUserId, string? staffName, CancellationToken ct)
    {
        var adults = await db.People.AsNoTracking()
            .Where(p => p.OrgUnitId == station.Id && p.BirthYear <= today.Year - 18 && p.MergedIntoId == null && !p.IsDeceased && p.BhytNumber != null)
            .OrderBy(p => p.Id).Take(200).ToListAsync(ct);
        var enrolled = await db.Set<Core.Chronic.ChronicEnrolment>().AsNoTracking().Where(e => e.OrgUnitId == station.Id).Select(e => e.PersonId).ToListAsync(ct);
        var picks = adults.Where(p => enrolled.Contains(p.Id)).Take(2).Concat(adults.Where(p => !enrolled.Contains(p.Id)).OrderBy(_ => random.Next(1000)).Take(6)).ToList();
        var start = today.ToDateTime(new TimeOnly(7, 15));
        for (var i = 0; i < picks.Count; i++)
        {
            var person = picks[i];
            var at = Utc(start.AddMinutes(i * 11));
            // The sixth arrival's card ran out last month: she is received as self-pay.
            var expired = i == 5;
            if (expired)
            {
                var p = await db.People.FirstAsync(x => x.ProvinceCode == person.ProvinceCode && x.Id == person.Id, ct);
                p.BhytValidTo = today.AddDays(-20);
                p.Version++;
                person = p;
            }

            var decision = CoverageCheck.Decide(new CoverageRequest
            {
                CardNumber = person.BhytNumber, ValidFrom = person.BhytValidFrom, ValidTo = person.BhytValidTo, RegisteredFacility = person.BhytFacilityCode,
                StationFacilityCode = station.BhytFacilityCode, VisitDate = today, BirthDate = person.BirthDate,
            }, rules);
            var status = i < 3 ? ArrivalStatus.Done : i == 3 ? ArrivalStatus.InConsultation : ArrivalStatus.Waiting;
            var arrival = new Arrival
            {
                Id = random.NextGuid(), ProvinceCode = person.ProvinceCode, OrgUnitId = station.Id, PersonId = person.Id, ArrivalDate = today, ArrivedAt = at,
                QueueNumber = i + 1, Priority = i == 6, Reason = i < 2 ? Reasons[0] : Reasons[i % Reasons.Length], Status = status,
                BhytNumber = person.BhytNumber, BhytCovered = decision.Covered, BhytCategory = decision.Category, BhytBenefitPercent = decision.BenefitPercent,
                BhytRuleId = decision.RuleId, CreatedAt = at, Version = 1,
            };
            if (status != ArrivalStatus.Waiting)
            {
                arrival.CalledAt = at.AddMinutes(8);
                arrival.CalledByUserId = staffUserId;
                arrival.CalledByName = staffName;
            }

            if (status == ArrivalStatus.Done)
            {
                var visit = clinical.FollowUpVisit(person, station.Id, staffUserId, i < 2 ? "I10" : "J06.9", today);
                visit.OccurredAt = at.AddMinutes(10);
                visit.ArrivalId = arrival.Id;
                visit.Reason = arrival.Reason;
                db.Encounters.Add(visit);
                arrival.EncounterId = visit.Id;
                if (i < 2 && await db.Set<Core.Chronic.ChronicEnrolment>().FirstOrDefaultAsync(e => e.ProvinceCode == person.ProvinceCode && e.PersonId == person.Id, ct) is { } enrolment)
                {
                    db.Add(new Core.Chronic.ChronicFollowUp
                    {
                        Id = random.NextGuid(), ProvinceCode = enrolment.ProvinceCode, OrgUnitId = enrolment.OrgUnitId, PersonId = enrolment.PersonId, EnrolmentId = enrolment.Id,
                        EncounterId = visit.Id, VisitDate = today, Adherence = Core.Chronic.Adherence.Good, ProtocolStep = enrolment.ProtocolStep,
                        NextAppointment = today.AddDays(30), PreviousAppointment = enrolment.NextAppointment,
                    });
                    enrolment.NextAppointment = today.AddDays(30);
                    enrolment.Version++;
                }
                arrival.FinishedAt = at.AddMinutes(20);
            }

            db.Add(arrival);
            Arrivals++;
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static DateTimeOffset Utc(DateTime local) => new DateTimeOffset(local, VietnamClock.Zone.GetUtcOffset(local)).ToUniversalTime();
}
