using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Core.Maternal;
using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Immunization;

/// <summary>
/// The Td page's side of the pregnancy register: a pregnancy recorded with its first contact and dating, and the
/// station's list of pregnant women (open pregnancies) with their Td status. The register itself is
/// <see cref="CoSo.Data.Maternal.PregnancyRegisterService"/>.
/// </summary>
public sealed class PregnancyService(CoSoDbContext db, TimeProvider time)
{
    public async Task<Guid> CreateAsync(Guid personId, PregnancyInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        var errors = new ValidationErrors();
        var today = VietnamClock.Today(time);
        if (person.Sex != Sex.Female)
        {
            errors.Add("personId", "immunization.pregnancy.female");
        }

        if (await db.Set<Pregnancy>().Unfiltered(UnscopedReason.UniquenessCheck).AnyAsync(p => p.ProvinceCode == person.ProvinceCode && p.PersonId == person.Id
            && (p.Status == PregnancyStatus.Reported || p.Status == PregnancyStatus.Active), ct))
        {
            errors.Add("personId", "maternal.pregnancy.open");
        }

        if (input.FirstContactDate > today)
        {
            errors.Add("firstContactDate", "immunization.dose.future");
        }

        if (input.LastMenstrualPeriod is { } lmp && (lmp > input.FirstContactDate || lmp < input.FirstContactDate.AddDays(-300)))
        {
            errors.Add("lastMenstrualPeriod", "immunization.pregnancy.lmp");
        }

        if (input.ExpectedDeliveryDate is { } edd && (edd < input.FirstContactDate || edd > input.FirstContactDate.AddDays(300)))
        {
            errors.Add("expectedDeliveryDate", "maternal.edd.range");
        }

        errors.ThrowIfInvalid();
        var now = time.GetUtcNow();
        var pregnancy = new Pregnancy
        {
            Id = Guid.CreateVersion7(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, PersonId = person.Id,
            Status = PregnancyStatus.Active, ConfirmedOn = input.FirstContactDate,
            FirstContactDate = input.FirstContactDate, LastMenstrualPeriod = input.LastMenstrualPeriod, ExpectedDeliveryDate = input.ExpectedDeliveryDate,
            CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        db.Set<Pregnancy>().Add(pregnancy);
        await db.SaveChangesAsync(ct);
        return pregnancy.Id;
    }

    /// <summary>Women of the station whose latest pregnancy is still open (reported or followed, estimated delivery not yet passed).</summary>
    public async Task<TdStatusList> TdStatusAsync(Guid stationId, CancellationToken ct = default)
    {
        await ChildRegister.StationAsync(db, stationId, ct);
        var today = VietnamClock.Today(time);
        var since = today.AddDays(-300);
        var pregnancies = (await db.Set<Pregnancy>().AsNoTracking().Where(p => p.OrgUnitId == stationId && p.FirstContactDate >= since
            && (p.Status == PregnancyStatus.Reported || p.Status == PregnancyStatus.Active)).ToListAsync(ct))
            .GroupBy(p => p.PersonId).Select(g => g.MaxBy(p => p.FirstContactDate)!).Where(p => p.EstimatedDelivery >= today).ToList();
        var ids = pregnancies.Select(p => p.PersonId).ToList();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id) && !p.IsDeceased && !p.MovedAway)
            .ToDictionaryAsync(p => p.Id, p => new { p.FullName, p.Phone }, ct);
        var td = (await db.Set<ImmunizationDose>().AsNoTracking().Where(d => ids.Contains(d.PersonId) && d.Vaccine == VaccineCodes.Td)
            .Select(d => new { d.PersonId, d.GivenOn }).ToListAsync(ct)).ToLookup(d => d.PersonId, d => d.GivenOn);
        var schedule = ImmunizationSchedule.LoadDefault();
        var items = pregnancies.Where(p => people.ContainsKey(p.PersonId)).Select(p =>
        {
            var rows = TetanusScheduleEngine.EvaluatePregnancy(schedule, p.FirstContactDate, today, td[p.PersonId]);
            var who = people[p.PersonId];
            return new TdStatusDto(p.PersonId, p.ProvinceCode, who.FullName, who.Phone, p.Id, p.FirstContactDate, p.EstimatedDelivery, rows, StatusSummary.From(rows));
        }).OrderBy(x => x.EstimatedDelivery).ToList();
        return new TdStatusList(items);
    }
}
