using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Core.Maternal;
using CoSo.Data.Access;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Maternal;

/// <summary>
/// Reads a pregnancy card. The pregnancy is found through the woman's scope (<see cref="MaternalQueries"/>); its
/// contacts, delivery, postnatal visits and the woman's Td doses are then read by the pregnancy's and the woman's keys.
/// </summary>
public sealed class PregnancyCardService(CoSoDbContext db, TimeProvider time)
{
    public async Task<PregnancyCard> GetAsync(Guid pregnancyId, CancellationToken ct = default)
    {
        var p = await db.Visible<Pregnancy>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == pregnancyId, ct) ?? throw new NotFoundException();
        var woman = await db.People.Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking().Where(x => x.ProvinceCode == p.ProvinceCode && x.Id == p.PersonId)
            .Select(x => new { x.FullName, x.BirthDate, x.BirthYear, x.Phone, x.VillageId, x.HouseholdId, Village = db.OrgUnits.Where(u => u.Id == x.VillageId).Select(u => u.Name).FirstOrDefault() })
            .FirstAsync(ct);
        var contacts = await db.Set<AntenatalContact>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(c => c.ProvinceCode == p.ProvinceCode && c.PregnancyId == p.Id).OrderBy(c => c.ContactDate).ThenBy(c => c.CreatedAt).ToListAsync(ct);
        var delivery = await db.Set<Delivery>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking().Include(d => d.Outcomes)
            .FirstOrDefaultAsync(d => d.ProvinceCode == p.ProvinceCode && d.PregnancyId == p.Id, ct);
        var visits = delivery is null ? [] : await db.Set<PostnatalVisit>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking().Include(v => v.Checks)
            .Where(v => v.ProvinceCode == p.ProvinceCode && v.DeliveryId == delivery.Id).OrderBy(v => v.VisitDate).ToListAsync(ct);
        var td = await db.Set<ImmunizationDose>().Unfiltered(UnscopedReason.ThroughVisibleResident).AsNoTracking()
            .Where(d => d.ProvinceCode == p.ProvinceCode && d.PersonId == p.PersonId && d.Vaccine == VaccineCodes.Td).Select(d => d.GivenOn).ToListAsync(ct);
        var newbornIds = delivery?.Outcomes.Where(o => o.NewbornPersonId != null).Select(o => o.NewbornPersonId!.Value).ToList() ?? [];
        var names = await db.People.AsNoTracking().Where(x => newbornIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.FullName, ct);

        var today = VietnamClock.Today(time);
        var dating = p.Dating;
        var asOf = delivery?.DeliveryDate ?? p.EndedOn ?? today;
        var ga = dating.On(asOf);
        var schedules = MaternalSchedules.LoadDefault();
        var contactDates = contacts.Select(c => c.ContactDate).ToList();
        var birth = woman.BirthDate ?? new DateOnly(woman.BirthYear, 7, 1);
        var tdRows = TetanusScheduleEngine.EvaluatePregnancy(ImmunizationSchedule.LoadDefault(), p.FirstContactDate, today, td);
        return new PregnancyCard
        {
            Id = p.Id, PersonId = p.PersonId, ProvinceCode = p.ProvinceCode, OrgUnitId = p.OrgUnitId, FullName = woman.FullName, BirthDate = woman.BirthDate,
            BirthYear = woman.BirthYear, Phone = woman.Phone, VillageId = woman.VillageId, VillageName = woman.Village, HouseholdId = woman.HouseholdId,
            Status = p.Status, FirstContactDate = p.FirstContactDate, LastMenstrualPeriod = p.LastMenstrualPeriod, UltrasoundDate = p.UltrasoundDate,
            UltrasoundGestationDays = p.UltrasoundGestationDays, GivenDeliveryDate = p.ExpectedDeliveryDate, FirstContactGestationWeeks = p.FirstContactGestationWeeks,
            DatingMethod = dating.Method, PregnancyStart = dating.Start, ExpectedDelivery = dating.ExpectedDelivery,
            GestationDays = ga?.Days, Gestation = ga?.ToString(), Trimester = ga?.Trimester,
            AgeAtDelivery = VietnamClock.AgeInYears(birth, dating.ExpectedDelivery ?? p.FirstContactDate),
            Gravida = p.Gravida, TermBirths = p.TermBirths, PretermBirths = p.PretermBirths, Abortions = p.Abortions, LivingChildren = p.LivingChildren,
            PreviousCaesarean = p.PreviousCaesarean, Hypertension = p.Hypertension, Diabetes = p.Diabetes, Anaemia = p.Anaemia,
            HivStatus = p.HivStatus, SyphilisStatus = p.SyphilisStatus, HepatitisBStatus = p.HepatitisBStatus, Notes = p.Notes,
            RiskFactors = RiskFactors.Evaluate(p, birth, contacts),
            Contacts = contacts.Select(c => AntenatalContactDto.From(c, dating)).ToList(),
            National = Progress(schedules.AntenatalDefault, dating, contactDates, asOf),
            Who = Progress(schedules.AntenatalByCode("who-2016")!, dating, contactDates, asOf),
            Td = tdRows, TdStatus = StatusSummary.From(tdRows),
            Delivery = delivery is null ? null : DeliveryMapper.ToDto(delivery, dating, names),
            Postnatal = delivery is null ? null : PostnatalProgress(schedules.PostnatalDefault, delivery, visits, today),
            PostnatalVisits = visits.Select(v => PostnatalMapper.ToDto(v, delivery!)).ToList(),
            EndedOn = p.EndedOn, EndReason = p.EndReason, ReportedByVillageWorker = p.ReportedByUserId is not null, ConfirmedOn = p.ConfirmedOn,
            CallAttempts = p.CallAttempts, LastCallOutcome = p.LastCallOutcome, SnoozedUntil = p.SnoozedUntil, Version = p.Version,
        };
    }

    internal static CareProgress? Progress(CareSchedule schedule, PregnancyDating dating, IReadOnlyCollection<DateOnly> contacts, DateOnly asOf) =>
        dating.Start is { } start ? CareProgress.From(schedule, CareScheduleEngine.Evaluate(schedule, start, contacts, asOf), contacts.Count) : null;

    internal static CareProgress PostnatalProgress(CareSchedule schedule, Delivery delivery, IReadOnlyCollection<PostnatalVisit> visits, DateOnly today) =>
        CareProgress.From(schedule, CareScheduleEngine.Evaluate(schedule, delivery.DeliveryDate, visits.Select(v => v.VisitDate), today, delivery.InFacility), visits.Count);
}
