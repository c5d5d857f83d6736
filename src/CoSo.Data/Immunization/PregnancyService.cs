using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Core.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Immunization;

/// <summary>Pregnancies (the minimum the Td schedule needs) and the station's list of pregnant women with their Td status.</summary>
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

        if (input.FirstContactDate > today)
        {
            errors.Add("firstContactDate", "immunization.dose.future");
        }

        if (input.LastMenstrualPeriod is { } lmp && (lmp > input.FirstContactDate || lmp < input.FirstContactDate.AddDays(-300)))
        {
            errors.Add("lastMenstrualPeriod", "immunization.pregnancy.lmp");
        }

        errors.ThrowIfInvalid();
        var pregnancy = new Pregnancy
        {
            Id = Guid.CreateVersion7(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, PersonId = person.Id,
            FirstContactDate = input.FirstContactDate, LastMenstrualPeriod = input.LastMenstrualPeriod, ExpectedDeliveryDate = input.ExpectedDeliveryDate,
            CreatedAt = time.GetUtcNow(),
        };
        db.Set<Pregnancy>().Add(pregnancy);
        await db.SaveChangesAsync(ct);
        return pregnancy.Id;
    }

    /// <summary>Women of the station whose latest pregnancy is still ongoing (estimated delivery not yet passed).</summary>
    public async Task<TdStatusList> TdStatusAsync(Guid stationId, CancellationToken ct = default)
    {
        await ChildRegister.StationAsync(db, stationId, ct);
        var today = VietnamClock.Today(time);
        var since = today.AddDays(-300);
        var pregnancies = (await db.Set<Pregnancy>().AsNoTracking().Where(p => p.OrgUnitId == stationId && p.FirstContactDate >= since).ToListAsync(ct))
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
