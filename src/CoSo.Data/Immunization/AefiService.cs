using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Immunization;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Immunization;

/// <summary>
/// AEFI reports. The serious list needs no scope code of its own: the context's filter limits it to the reports of
/// the stations under the user's units (a district or province manager sees its stations'; a station only its own).
/// </summary>
public sealed class AefiService(CoSoDbContext db, TimeProvider time)
{
    public async Task<AefiDto> RecordAsync(Guid personId, AefiInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.Immunize);
        ArgumentNullException.ThrowIfNull(input);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        var errors = new ValidationErrors();
        if (!VaccineCodes.IsKnown(input.Vaccine ?? string.Empty))
        {
            errors.Add("vaccine", "immunization.vaccine.unknown", input.Vaccine);
        }

        if (string.IsNullOrWhiteSpace(input.Symptoms))
        {
            errors.Add("symptoms", "immunization.aefi.symptoms");
        }

        if (input.OnsetAt > time.GetUtcNow().AddMinutes(5))
        {
            errors.Add("onsetAt", "immunization.aefi.future");
        }

        if (!Enum.IsDefined(input.Severity))
        {
            errors.Add("severity", "immunization.aefi.severity");
        }

        if (input.DoseId is { } doseId && !await db.Set<ImmunizationDose>().AnyAsync(d => d.Id == doseId && d.PersonId == personId, ct))
        {
            errors.Add("doseId", "notFound");
        }

        errors.ThrowIfInvalid();
        var report = new AefiReport
        {
            Id = Guid.CreateVersion7(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, PersonId = person.Id,
            DoseId = input.DoseId, Vaccine = input.Vaccine!, OnsetAt = input.OnsetAt.ToUniversalTime(), Symptoms = TextFolding.Nfc(input.Symptoms.Trim()),
            Severity = input.Severity, Hospitalised = input.Hospitalised, Outcome = input.Outcome,
            ReportedByUserId = db.Actor.UserId, CreatedAt = time.GetUtcNow(),
        };
        db.Set<AefiReport>().Add(report);
        await db.SaveChangesAsync(ct);
        return new AefiDto(report.Id, person.Id, person.ProvinceCode, person.FullName, person.OrgUnitId, null, report.Vaccine, report.DoseId,
            report.OnsetAt, report.Symptoms, report.Severity, report.Hospitalised, report.Outcome);
    }

    public Task<AefiList> ListSeriousAsync(CancellationToken ct = default) => ListAsync(q => q.Where(a => a.Severity == AefiSeverity.Serious), ct);

    public async Task<AefiList> ListForPersonAsync(Guid personId, CancellationToken ct = default)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            throw new NotFoundException();
        }

        return await ListAsync(q => q.Where(a => a.PersonId == personId), ct);
    }

    private async Task<AefiList> ListAsync(Func<IQueryable<AefiReport>, IQueryable<AefiReport>> filter, CancellationToken ct)
    {
        var rows = await filter(db.Set<AefiReport>().AsNoTracking()).OrderByDescending(a => a.OnsetAt).Take(500).ToListAsync(ct);
        var personIds = rows.Select(r => r.PersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var stationIds = rows.Select(r => r.OrgUnitId).Distinct().ToList();
        var stations = await db.OrgUnits.AsNoTracking().Where(u => stationIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new AefiList(rows.Select(r => new AefiDto(r.Id, r.PersonId, r.ProvinceCode, names.GetValueOrDefault(r.PersonId), r.OrgUnitId,
            stations.GetValueOrDefault(r.OrgUnitId), r.Vaccine, r.DoseId, r.OnsetAt, r.Symptoms, r.Severity, r.Hospitalised, r.Outcome)).ToList());
    }
}
