using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Surveillance;

/// <summary>Case reports: create (from a visit or by hand), update classification/course/lab with If-Match, line list, proposals.</summary>
public sealed class CaseReportService(CoSoDbContext db, TimeProvider time, NotifiableDiseaseCatalogue catalogue)
{
    public async Task<CaseReportDto> CreateAsync(CaseReportInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ReportCases);
        var errors = new ValidationErrors();
        var now = time.GetUtcNow();
        var disease = catalogue.FindByCode(input.DiseaseCode ?? string.Empty);
        if (disease is null)
        {
            errors.Add("diseaseCode", "surveillance.disease.unknown", input.DiseaseCode);
        }

        var diagnosedAt = input.DiagnosedAt?.ToUniversalTime();
        if (input.SourceEncounterId is { } encounterId && diagnosedAt is null)
        {
            diagnosedAt = await db.Encounters.AsNoTracking().Where(e => e.Id == encounterId).Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(ct);
        }

        diagnosedAt ??= now;
        if (input.OnsetDate > VietnamClock.LocalDate(diagnosedAt.Value) || diagnosedAt > now)
        {
            errors.Add("onsetDate", "surveillance.case.onsetAfterDiagnosis");
        }

        var address = string.IsNullOrWhiteSpace(input.Address) ? null : TextFolding.Nfc(input.Address.Trim());
        if (address is { Length: > CaseLocation.AddressMaxLength })
        {
            errors.Add("address", "surveillance.case.address");
        }

        ValidateCoordinates(input.Latitude, input.Longitude, errors);
        var report = new CaseReport
        {
            Id = Guid.CreateVersion7(),
            DiseaseCode = disease?.Code ?? string.Empty,
            Classification = input.Classification,
            OnsetDate = input.OnsetDate,
            DiagnosedAt = diagnosedAt.Value,
            ReportedAt = now,
            Hospitalised = input.Hospitalised,
            Outcome = input.Outcome,
            SourceEncounterId = input.SourceEncounterId,
            ReportedByUserId = db.Actor.UserId,
            VillageId = input.VillageId,
            Address = address,
            Latitude = input.Latitude,
            Longitude = input.Longitude,
            Version = 1,
        };
        if (input.PersonId is { } personId)
        {
            var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
            report.PersonId = person.Id;
            report.ProvinceCode = person.ProvinceCode;
            report.OrgUnitId = input.StationId ?? person.OrgUnitId;
            report.VillageId ??= person.VillageId;
            CheckOnset(errors, input.OnsetDate, DateRules.BornOn(person.BirthDate, person.BirthYear));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(input.NonResidentName))
            {
                errors.Add("nonResidentName", "surveillance.case.identityRequired");
            }
            else
            {
                // The resident name rule (security finding B17): a name is letters, not markup or a spreadsheet formula.
                Core.People.PersonRules.CheckName(errors, "nonResidentName", input.NonResidentName);
            }

            if (!string.IsNullOrWhiteSpace(input.NonResidentPhone) && !Core.People.PersonRules.IsPhone(input.NonResidentPhone.Trim()))
            {
                errors.Add("nonResidentPhone", "phone.format");
            }

            if (input.NonResidentSex is null)
            {
                errors.Add("nonResidentSex", "sex.invalid");
            }

            if (input.NonResidentBirthYear is not { } year || year < 1900 || year > VietnamClock.Today(time).Year)
            {
                errors.Add("nonResidentBirthYear", "surveillance.case.birthYear");
            }

            report.NonResidentName = string.IsNullOrWhiteSpace(input.NonResidentName) ? null : TextFolding.Nfc(input.NonResidentName.Trim());
            report.NonResidentSex = input.NonResidentSex;
            report.NonResidentBirthYear = input.NonResidentBirthYear;
            report.NonResidentPhone = input.NonResidentPhone?.Trim();
            report.OrgUnitId = input.StationId ?? Guid.Empty;
            CheckOnset(errors, input.OnsetDate, DateRules.BornOn(null, input.NonResidentBirthYear));
        }

        var station = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == report.OrgUnitId, ct);
        if (station is null || station.Kind != OrgUnitKind.CommuneHealthStation)
        {
            errors.Add("stationId", "orgUnit.unknown", report.OrgUnitId);
        }
        else
        {
            report.ProvinceCode = station.ProvinceCode;
            if (!db.Actor.Scope.Allows(station.Id, report.VillageId))
            {
                errors.Add("stationId", "orgUnit.notInScope");
            }

            // A village chosen on the form must be one of the reporting station's (a resident's own village is taken as recorded).
            if (input.VillageId is { } villageId
                && !await db.OrgUnits.AsNoTracking().AnyAsync(u => u.Id == villageId && u.Kind == OrgUnitKind.Village && u.ParentId == station.Id, ct))
            {
                errors.Add("villageId", "surveillance.case.village");
            }
        }

        errors.ThrowIfInvalid();
        report.ReportedLate = ReportingDeadline.IsLate(disease!, report.DiagnosedAt, now);
        db.Set<CaseReport>().Add(report);
        await db.SaveChangesAsync(ct);
        // Not read back through the scoped line list: a village health worker may report a case they cannot list.
        var village = report.VillageId is { } v ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == v).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        return ToDto(report, null, null, null, null, village);
    }

    /// <summary>The onset is an event of the patient's life: inside the outer date bound and not before birth (the future is refused above).</summary>
    private static void CheckOnset(ValidationErrors errors, DateOnly onset, DateOnly? bornOn)
    {
        if (!DateRules.InRange(onset))
        {
            DateRules.Check(errors, "onsetDate", onset);
        }
        else if (bornOn is { } born && onset < born)
        {
            errors.Add("onsetDate", "date.beforeBirth");
        }
    }

    /// <summary>Both coordinates or neither, each inside Vietnam's box (<see cref="CaseLocation"/>): a field-level error per coordinate.</summary>
    private static void ValidateCoordinates(double? latitude, double? longitude, ValidationErrors errors)
    {
        if (latitude is { } lat && (!double.IsFinite(lat) || !CaseLocation.IsValidLatitude(lat)))
        {
            errors.Add("latitude", "surveillance.case.latitude");
        }

        if (longitude is { } lon && (!double.IsFinite(lon) || !CaseLocation.IsValidLongitude(lon)))
        {
            errors.Add("longitude", "surveillance.case.longitude");
        }

        if (latitude is null != longitude is null)
        {
            errors.Add(latitude is null ? "latitude" : "longitude", "surveillance.case.coordinatesPair");
        }
    }

    /// <summary>How many cases of each disease the user's stations (or one) reported in the last year, for the picker's order.</summary>
    public async Task<IReadOnlyDictionary<string, int>> DiseaseFrequencyAsync(Guid? stationId, CancellationToken ct = default)
    {
        var since = time.GetUtcNow().AddDays(-365);
        return await db.Set<CaseReport>().AsNoTracking()
            .Where(c => c.ReportedAt >= since && (stationId == null || c.OrgUnitId == stationId))
            .GroupBy(c => c.DiseaseCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }

    public async Task<CaseReportDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var list = await QueryAsync(db.Set<CaseReport>().Where(c => c.Id == id), ct);
        return list.Count == 1 ? list[0] : throw new NotFoundException();
    }

    public async Task<CaseReportDto> UpdateAsync(Guid id, CaseReportUpdate input, int ifMatch, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ReportCases);
        var report = await db.Set<CaseReport>().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException();
        if (report.Version != ifMatch)
        {
            throw new ConcurrencyConflictException();
        }

        var errors = new ValidationErrors();
        if (input.LabResultDate is { } d && (d < report.OnsetDate || d > VietnamClock.Today(time)))
        {
            errors.Add("labResultDate", "surveillance.case.labDate");
        }

        errors.ThrowIfInvalid();
        report.Classification = input.Classification;
        report.Hospitalised = input.Hospitalised;
        report.Outcome = input.Outcome;
        report.LabTest = string.IsNullOrWhiteSpace(input.LabTest) ? null : TextFolding.Nfc(input.LabTest.Trim());
        report.LabResult = string.IsNullOrWhiteSpace(input.LabResult) ? null : TextFolding.Nfc(input.LabResult.Trim());
        report.LabResultDate = input.LabResultDate;
        report.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }

        return await GetAsync(id, ct);
    }

    /// <summary>The line list (scoped to the actor's units by the context), newest onset first, at most 5,000 rows.</summary>
    public async Task<CaseReportList> ListAsync(CaseReportFilter filter, CancellationToken ct = default)
    {
        var q = db.Set<CaseReport>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Disease))
        {
            q = q.Where(c => c.DiseaseCode == filter.Disease);
        }

        if (filter.From is { } from)
        {
            q = q.Where(c => c.OnsetDate >= from);
        }

        if (filter.To is { } to)
        {
            q = q.Where(c => c.OnsetDate <= to);
        }

        if (filter.Classification is { } cls)
        {
            q = q.Where(c => c.Classification == cls);
        }

        if (filter.OrgUnitId is { } unit)
        {
            q = q.Where(c => c.OrgUnitId == unit);
        }

        return new CaseReportList(await QueryAsync(q.OrderByDescending(c => c.OnsetDate).ThenByDescending(c => c.ReportedAt).Take(5000), ct));
    }

    /// <summary>Visits of the last <paramref name="days"/> days in scope whose diagnosis is notifiable and not yet reported.</summary>
    public async Task<CaseProposalList> ProposalsAsync(int days, CancellationToken ct = default)
    {
        var since = VietnamClock.Today(time).AddDays(-Math.Clamp(days, 1, 90));
        var rows = await (from e in db.Encounters.AsNoTracking().Where(e => !e.Voided)
                          join d in db.EncounterDiagnoses.AsNoTracking() on new { e.ProvinceCode, EncounterId = e.Id } equals new { d.ProvinceCode, d.EncounterId }
                          where e.VisitDate >= since && !db.Set<CaseReport>().Any(c => c.SourceEncounterId == e.Id)
                          select new { e.Id, e.PersonId, e.ProvinceCode, e.OrgUnitId, e.OccurredAt, e.VisitDate, d.Code }).ToListAsync(ct);
        var proposals = new List<CaseProposal>();
        foreach (var r in rows)
        {
            if (catalogue.FindByIcd10(r.Code) is { } disease && proposals.TrueForAll(p => p.EncounterId != r.Id || p.DiseaseCode != disease.Code))
            {
                proposals.Add(new CaseProposal(r.Id, r.PersonId, r.ProvinceCode, r.OrgUnitId, r.OccurredAt, r.VisitDate, r.Code, disease.Code, disease.NameVi, ReportingDeadline.Due(disease, r.OccurredAt)));
            }
        }

        return new CaseProposalList([.. proposals.OrderBy(p => p.ReportDue)]);
    }

    private async Task<List<CaseReportDto>> QueryAsync(IQueryable<CaseReport> q, CancellationToken ct)
    {
        var rows = await (from c in q.AsNoTracking()
                          join p in db.People.AsNoTracking() on new { c.ProvinceCode, Id = c.PersonId } equals new { p.ProvinceCode, Id = (Guid?)p.Id } into people
                          from p in people.DefaultIfEmpty()
                          join v in db.OrgUnits.AsNoTracking() on c.VillageId equals (Guid?)v.Id into villages
                          from v in villages.DefaultIfEmpty()
                          select new { Case = c, p.FullName, Sex = (Core.People.Sex?)p.Sex, BirthYear = (int?)p.BirthYear, p.Phone, Village = v.Name }).ToListAsync(ct);
        return [.. rows.Select(r => ToDto(r.Case, r.FullName, r.Sex, r.BirthYear, r.Phone, r.Village))];
    }

    private CaseReportDto ToDto(CaseReport c, string? name, Core.People.Sex? sex, int? birthYear, string? phone, string? village) => new(
        c.Id, c.ProvinceCode, c.OrgUnitId, c.PersonId, name ?? c.NonResidentName, sex ?? c.NonResidentSex, birthYear ?? c.NonResidentBirthYear,
        phone ?? c.NonResidentPhone, c.VillageId, c.DiseaseCode, catalogue.FindByCode(c.DiseaseCode)?.NameVi ?? c.DiseaseCode, c.Classification,
        c.OnsetDate, IsoWeek.From(c.OnsetDate).ToString(), c.DiagnosedAt, c.ReportedAt, c.ReportedLate, c.Hospitalised, c.Outcome,
        c.LabTest, c.LabResult, c.LabResultDate, c.SourceEncounterId, c.Version, village, c.Address, c.Latitude, c.Longitude);
}
