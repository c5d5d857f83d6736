using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Immunization;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Immunization;

/// <summary>Recording doses (sessions, daily clinic, history from elsewhere) and reading a resident's immunization card.</summary>
public sealed class DoseService(CoSoDbContext db, TimeProvider time)
{
    public async Task<DoseDto> RecordAsync(Guid personId, DoseInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.Immunize);
        ArgumentNullException.ThrowIfNull(input);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        var today = VietnamClock.Today(time);
        var errors = new ValidationErrors();
        var vaccine = input.Vaccine?.Trim() ?? string.Empty;
        var place = input.Place ?? DosePlace.ThisStation;
        var reason = Clean(input.OverrideReason);
        var schedule = ImmunizationSchedule.LoadDefault().ForProvince(person.ProvinceCode);
        if (!schedule.IsRecordable(vaccine))
        {
            errors.Add("vaccine", "immunization.vaccine.unknown", vaccine);
        }

        if (input.GivenOn > today)
        {
            errors.Add("givenOn", "immunization.dose.future");
        }
        else if (input.GivenTime is { } at && input.GivenOn == today && at > TimeOnly.FromDateTime(VietnamClock.ToLocal(time.GetUtcNow()).DateTime))
        {
            errors.Add("givenTime", "immunization.dose.futureTime");
        }

        if (input.GivenTime is { } t && person.BirthTime is { } born && input.GivenOn == person.BirthDate && t < born)
        {
            errors.Add("givenTime", "immunization.dose.beforeBirthTime", born.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (place == DosePlace.Elsewhere && string.IsNullOrWhiteSpace(input.PlaceText))
        {
            errors.Add("placeText", "immunization.dose.placeRequired");
        }

        if (place == DosePlace.ThisStation && input.LotExpiry is { } expiry && expiry < input.GivenOn)
        {
            errors.Add("lotExpiry", "immunization.lot.expired");
        }

        var existing = await db.Set<ImmunizationDose>().AsNoTracking().Where(d => d.ProvinceCode == person.ProvinceCode && d.PersonId == personId)
            .Select(d => new GivenDose(d.Vaccine, d.DoseNumber, d.GivenOn)).ToListAsync(ct);
        if (errors.IsValid && reason is null && person.BirthDate is { } birth)
        {
            var verdict = DoseWindow.Check(schedule, birth, existing, vaccine, input.GivenOn);
            if (!verdict.Allowed)
            {
                errors.Add("givenOn", verdict.Code!, verdict.EarliestDate?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (input.SessionId is { } sid && !await db.Set<VaccinationSession>().AnyAsync(s => s.Id == sid && s.StationId == person.OrgUnitId, ct))
        {
            errors.Add("sessionId", "notFound");
        }

        errors.ThrowIfInvalid();
        var dose = new ImmunizationDose
        {
            Id = Guid.CreateVersion7(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, PersonId = person.Id,
            Vaccine = vaccine, DoseNumber = input.DoseNumber ?? existing.Count(d => d.Vaccine == vaccine) + 1, GivenOn = input.GivenOn, GivenTime = input.GivenTime,
            LotNumber = Clean(input.LotNumber), LotExpiry = input.LotExpiry, Site = Clean(input.Site),
            AdministeredByUserId = place == DosePlace.ThisStation ? input.AdministeredByUserId ?? db.Actor.UserId : null,
            Place = place, PlaceText = place == DosePlace.Elsewhere ? Clean(input.PlaceText) : null,
            SessionId = input.SessionId, OverrideReason = reason, CreatedAt = time.GetUtcNow(),
        };
        db.Set<ImmunizationDose>().Add(dose);
        await db.SaveChangesAsync(ct);
        var card = await ListAsync(personId, ct);
        return card.Doses.Single(d => d.Id == dose.Id);
    }

    public async Task<PersonDoses> ListAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Select(p => new { p.Id, p.ProvinceCode, p.BirthDate, p.BirthTime, p.OrgUnitId, p.FullName }).FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        var rows = await db.Set<ImmunizationDose>().AsNoTracking().Where(d => d.ProvinceCode == person.ProvinceCode && d.PersonId == personId)
            .OrderBy(d => d.GivenOn).ThenBy(d => d.Id).ToListAsync(ct);
        IReadOnlyList<DoseEvaluation> schedule = [];
        var invalid = new HashSet<(string, DateOnly)>();
        if (person.BirthDate is { } birth)
        {
            schedule = ScheduleEngine.Evaluate(ImmunizationSchedule.LoadDefault().ForProvince(person.ProvinceCode), birth, VietnamClock.Today(time),
                rows.Select(r => new GivenDose(r.Vaccine, r.DoseNumber, r.GivenOn)).ToList(), await ChildRegister.ProgrammesAsync(db, person.OrgUnitId, ct));
            invalid = schedule.Where(e => e.Status == DoseStatus.Invalid && e.GivenDate is not null).Select(e => (e.Vaccine, e.GivenDate!.Value)).ToHashSet();
        }

        var doses = rows.Select(r => new DoseDto(r.Id, r.PersonId, r.Vaccine, r.DoseNumber, r.GivenOn, r.LotNumber, r.LotExpiry, r.Site,
            r.AdministeredByUserId, r.Place, r.PlaceText, r.SessionId, r.OverrideReason, invalid.Contains((r.Vaccine, r.GivenOn)), r.GivenTime)).ToList();
        var version = ImmunizationSchedule.LoadDefault().VersionOn(VietnamClock.Today(time));
        return new PersonDoses(person.Id, person.ProvinceCode, person.BirthDate, doses, schedule, person.FullName,
            person.BirthTime, version?.LegalBasis, version?.EffectiveFrom, version?.Confidence);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s.Trim());
}
