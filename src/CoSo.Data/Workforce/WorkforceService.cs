using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.Workforce;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoSo.Data.Workforce;

/// <summary>The staff register: workers, qualifications, postings and CME courses. Scoped through <see cref="OrgScope"/>.</summary>
public sealed class WorkforceService(CoSoDbContext db, OrgScope scope, TimeProvider time, IOptions<WorkforceOptions> options)
{
    public async Task<IReadOnlyList<StaffSummary>> ListAsync(Guid? unitId = null, CancellationToken ct = default)
    {
        var q = scope.Staff().AsNoTracking().Where(s => s.IsActive);
        if (unitId is { } u)
        {
            var postings = db.Set<Posting>();
            q = q.Where(s => s.OrgUnitId == u || postings.Any(p => p.StaffId == s.Id && p.OrgUnitId == u));
        }

        var rows = await q.OrderBy(s => s.FullName).Take(1000).ToListAsync(ct);
        var names = await UnitNamesAsync(rows.Select(r => r.OrgUnitId), ct);
        return rows.Select(s => new StaffSummary(s.Id, s.OrgUnitId, names.GetValueOrDefault(s.OrgUnitId), s.FullName, s.Cadre, s.EmploymentType, s.Position)).ToList();
    }

    public async Task<StaffDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var s = await scope.Staff().AsNoTracking().Include(x => x.Qualifications).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var postings = await db.Set<Posting>().AsNoTracking().Where(p => p.StaffId == id).OrderBy(p => p.Start).ToListAsync(ct);
        var training = await db.Set<TrainingRecord>().AsNoTracking().Where(t => t.StaffId == id).OrderBy(t => t.End).ToListAsync(ct);
        var names = await UnitNamesAsync(postings.Select(p => p.OrgUnitId).Append(s.OrgUnitId), ct);
        var cme = CadreRules.RequiresCme(s.Cadre)
            ? Cme.StatusOn(training.Select(t => new CmeCredit(t.End, t.Hours)), VietnamClock.Today(time), options.Value.Requirement)
            : null;
        return new StaffDto(
            s.Id, s.OrgUnitId, names.GetValueOrDefault(s.OrgUnitId), s.Cccd, s.FullName, s.Sex, s.BirthDate, s.Cadre, s.EmploymentType, s.Position,
            s.LicenceNumber, s.LicenceScope, s.TrainingMonths,
            s.Qualifications.OrderBy(q => q.AwardedOn).Select(q => new QualificationInput(q.Name, q.AwardedOn)).ToList(),
            postings.Select(p => new PostingDto(p.Id, p.OrgUnitId, names.GetValueOrDefault(p.OrgUnitId), p.Kind, p.Start, p.End, p.FromUnitId, p.Purpose, p.PartTime)).ToList(),
            training.Select(t => new TrainingDto(t.Id, t.Course, t.Provider, t.Start, t.End, t.Hours)).ToList(),
            cme,
            s.IsActive,
            s.Version);
    }

    public async Task<StaffDto> CreateAsync(StaffInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageStaff);
        var today = VietnamClock.Today(time);
        var errors = StaffRules.Validate(input, today);
        var unit = scope.Allows(input.OrgUnitId) ? await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.OrgUnitId, ct) : null;
        if (unit is null || unit.Kind == OrgUnitKind.Village)
        {
            errors.Add("orgUnitId", "workforce.unit.unknown");
        }

        var villageIds = input.VillageIds ?? [];
        if (input.Cadre == Cadre.VillageHealthWorker && villageIds.Count == 0)
        {
            errors.Add("villageIds", "workforce.posting.village");
        }

        var villages = await scope.Units(OrgUnitKind.Village).Where(v => villageIds.Contains(v.Id)).Select(v => v.Id).ToListAsync(ct);
        if (villages.Count != villageIds.Distinct().Count())
        {
            errors.Add("villageIds", "workforce.posting.village");
        }

        var cccd = input.Cccd?.Trim() ?? string.Empty;
        if (errors.IsValid && await db.Set<StaffMember>().AnyAsync(s => s.Cccd == cccd, ct))
        {
            errors.Add("cccd", "workforce.cccd.duplicate");
        }

        errors.ThrowIfInvalid();
        var staff = new StaffMember
        {
            Id = Guid.CreateVersion7(), ProvinceCode = unit!.ProvinceCode, OrgUnitId = unit.Id, Cccd = cccd, FullName = TextFolding.Nfc(input.FullName),
            Sex = input.Sex, BirthDate = input.BirthDate, Cadre = input.Cadre, EmploymentType = input.EmploymentType, Position = Clean(input.Position),
            LicenceNumber = Clean(input.LicenceNumber), LicenceScope = Clean(input.LicenceScope), TrainingMonths = input.TrainingMonths, CreatedAt = time.GetUtcNow(), Version = 1,
        };
        foreach (var q in input.Qualifications ?? [])
        {
            staff.Qualifications.Add(new StaffQualification { Id = Guid.CreateVersion7(), StaffId = staff.Id, Name = TextFolding.Nfc(q.Name), AwardedOn = q.AwardedOn });
        }

        db.Add(staff);
        var since = input.Since ?? today;
        foreach (var postedTo in villages.Count > 0 ? villages : [unit.Id])
        {
            db.Add(new Posting { Id = Guid.CreateVersion7(), StaffId = staff.Id, OrgUnitId = postedTo, Kind = PostingKind.Regular, Start = since, PartTime = input.PartTime });
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(staff.Id, ct);
    }

    /// <summary>
    /// Edits a worker's register entry when <paramref name="expectedVersion"/> is still the stored version (the ETag
    /// the editor read); otherwise nothing changes and <see cref="ConcurrencyConflictException"/> says so (HTTP 412).
    /// A village health worker stays one (their postings are to villages, everyone else's to units).
    /// </summary>
    public async Task<StaffDto> UpdateAsync(Guid id, StaffUpdateInput input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageStaff);
        var staff = await scope.Staff().Include(s => s.Qualifications).FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException();
        if (staff.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        var errors = StaffRules.Validate(
            new StaffInput(input.Cccd, input.FullName, input.Sex, input.BirthDate, input.Cadre, input.EmploymentType, staff.OrgUnitId, TrainingMonths: input.TrainingMonths),
            VietnamClock.Today(time));
        if ((input.Cadre == Cadre.VillageHealthWorker) != (staff.Cadre == Cadre.VillageHealthWorker))
        {
            errors.Add("cadre", "workforce.cadre.village");
        }

        var cccd = input.Cccd?.Trim() ?? string.Empty;
        if (errors.IsValid && await db.Set<StaffMember>().AnyAsync(s => s.Cccd == cccd && s.Id != id, ct))
        {
            errors.Add("cccd", "workforce.cccd.duplicate");
        }

        errors.ThrowIfInvalid();
        staff.Cccd = cccd;
        staff.FullName = TextFolding.Nfc(input.FullName);
        staff.Sex = input.Sex;
        staff.BirthDate = input.BirthDate;
        staff.Cadre = input.Cadre;
        staff.EmploymentType = input.EmploymentType;
        staff.Position = Clean(input.Position);
        staff.LicenceNumber = Clean(input.LicenceNumber);
        staff.LicenceScope = Clean(input.LicenceScope);
        staff.TrainingMonths = input.TrainingMonths;
        staff.IsActive = input.IsActive;
        if (input.Qualifications is { } qualifications)
        {
            db.RemoveRange(staff.Qualifications);
            staff.Qualifications.Clear();
            foreach (var q in qualifications)
            {
                var added = new StaffQualification { Id = Guid.CreateVersion7(), StaffId = staff.Id, Name = TextFolding.Nfc(q.Name), AwardedOn = q.AwardedOn };
                staff.Qualifications.Add(added);
                db.Add(added);
            }
        }

        // The WHERE version = expected in EF's UPDATE catches a writer that slipped in since we read.
        db.Entry(staff).Property(s => s.Version).OriginalValue = expectedVersion;
        staff.Version = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("Stale staff version.", ex);
        }

        return await GetAsync(staff.Id, ct);
    }

    /// <summary>Adds a posting; a rotation, secondment or transfer is sent by a unit in the actor's scope to any unit.</summary>
    public async Task<PostingDto> AddPostingAsync(Guid staffId, PostingInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageStaff);
        var staff = await scope.Staff().AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, ct) ?? throw new NotFoundException();
        var errors = new ValidationErrors();
        StaffRules.Validate(input, errors);
        var target = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.OrgUnitId, ct);
        var sender = input.FromUnitId ?? input.OrgUnitId;
        if (target is null || !(scope.Allows(input.OrgUnitId) || scope.Allows(sender)))
        {
            errors.Add("orgUnitId", "workforce.unit.unknown");
        }
        else if ((staff.Cadre == Cadre.VillageHealthWorker) != (target.Kind == OrgUnitKind.Village))
        {
            errors.Add("orgUnitId", "workforce.posting.village");
        }

        errors.ThrowIfInvalid();
        var posting = new Posting
        {
            Id = Guid.CreateVersion7(), StaffId = staffId, OrgUnitId = input.OrgUnitId, Kind = input.Kind, Start = input.Start, End = input.End,
            FromUnitId = input.FromUnitId, Purpose = Clean(input.Purpose), PartTime = input.PartTime,
        };
        db.Add(posting);
        await db.SaveChangesAsync(ct);
        return new PostingDto(posting.Id, posting.OrgUnitId, target!.Name, posting.Kind, posting.Start, posting.End, posting.FromUnitId, posting.Purpose, posting.PartTime);
    }

    /// <summary>
    /// Marks a posting full or part time (T5 counts a full-time doctor). Postings recorded before working time existed
    /// are full time; this corrects one without re-entering it. The posting's unit must be in the actor's scope.
    /// </summary>
    public async Task<PostingDto> SetWorkingTimeAsync(Guid staffId, Guid postingId, bool partTime, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageStaff);
        _ = await scope.Staff().AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, ct) ?? throw new NotFoundException();
        var posting = await db.Set<Posting>().FirstOrDefaultAsync(p => p.Id == postingId && p.StaffId == staffId, ct);
        if (posting is null || !scope.Allows(posting.OrgUnitId))
        {
            throw new NotFoundException();
        }

        posting.PartTime = partTime;
        await db.SaveChangesAsync(ct);
        var names = await UnitNamesAsync([posting.OrgUnitId], ct);
        return new PostingDto(posting.Id, posting.OrgUnitId, names.GetValueOrDefault(posting.OrgUnitId), posting.Kind, posting.Start, posting.End, posting.FromUnitId, posting.Purpose, posting.PartTime);
    }

    public async Task<TrainingDto> AddTrainingAsync(Guid staffId, TrainingInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ManageStaff);
        _ = await scope.Staff().AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId, ct) ?? throw new NotFoundException();
        StaffRules.Validate(input).ThrowIfInvalid();
        var t = new TrainingRecord { Id = Guid.CreateVersion7(), StaffId = staffId, Course = TextFolding.Nfc(input.Course), Provider = Clean(input.Provider), Start = input.Start, End = input.End, Hours = input.Hours };
        db.Add(t);
        await db.SaveChangesAsync(ct);
        return new TrainingDto(t.Id, t.Course, t.Provider, t.Start, t.End, t.Hours);
    }

    private async Task<Dictionary<Guid, string>> UnitNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        return await db.OrgUnits.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s);
}
