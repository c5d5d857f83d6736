using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.People;

/// <summary>Registering, finding, updating and merging residents. Scope filtering and write audits come from the context.</summary>
public sealed class PeopleService(CoSoDbContext db, TimeProvider time)
{
    public const int MaxPageSize = 100;

    public async Task<PersonPage> SearchAsync(string? text, int page = 1, int pageSize = 20, Guid? stationId = null, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = db.People.AsNoTracking().Where(p => p.MergedIntoId == null);
        if (stationId is { } s)
        {
            query = query.Where(p => p.OrgUnitId == s);
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            var q = SearchQuery.Parse(text);
            query = q.Kind switch
            {
                SearchKind.Cccd => query.Where(p => p.Cccd == q.Value),
                SearchKind.Bhyt => SearchCard(query, q.Value),
                SearchKind.PhoneOrSocialInsuranceNumber => query.Where(p => p.Phone == q.Value || p.SocialInsuranceNumber == q.Value),
                _ => query.Where(p => p.NameKey.StartsWith(q.Value)),
            };
            query = query.OrderBy(p => p.NameKey).ThenBy(p => p.Id);
        }
        else
        {
            query = query.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id);
        }

        var today = VietnamClock.Today(time);
        var rows = await query.Skip((page - 1) * pageSize).Take(pageSize + 1)
            .Select(p => new
            {
                p.Id, p.ProvinceCode, p.FullName, p.BirthDate, p.BirthYear, p.Sex, p.Cccd, p.Phone, p.BhytNumber,
                p.BhytValidFrom, p.BhytValidTo, p.IsDeceased,
                Village = db.OrgUnits.Where(u => u.Id == p.VillageId).Select(u => u.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var items = rows.Take(pageSize).Select(p => new PersonSummary(
            p.Id, p.ProvinceCode, p.FullName, p.BirthDate, p.BirthYear, Age(p.BirthDate, p.BirthYear, today), p.Sex, p.Cccd, p.Phone,
            p.BhytNumber, BhytCard.Status(p.BhytNumber, p.BhytValidFrom, p.BhytValidTo, today), p.Village, p.IsDeceased)).ToList();
        return new PersonPage(items, page, pageSize, rows.Count > pageSize);
    }

    // Through the social-insurance number's index (the card's last ten characters), then the whole card.
    private static IQueryable<Person> SearchCard(IQueryable<Person> query, string card)
    {
        var socialInsuranceNumber = BhytCard.SocialInsuranceNumber(card);
        return query.Where(p => p.SocialInsuranceNumber == socialInsuranceNumber && p.BhytNumber == card);
    }

    public async Task<PersonDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
        return await ToDtoAsync(person, ct);
    }

    /// <summary>Residents the user can see with the same folded name, birth date (or year) and commune: probable duplicates.</summary>
    public async Task<IReadOnlyList<PersonSummary>> FindProbableDuplicatesAsync(PersonInput input, Guid? excludeId = null, CancellationToken ct = default)
    {
        var candidates = await DuplicateCandidatesAsync(input, excludeId, ct);
        if (candidates is null)
        {
            return [];
        }

        var ids = await candidates.Select(p => p.Id).Take(10).ToListAsync(ct);
        var result = new List<PersonSummary>();
        foreach (var id in await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct))
        {
            var p = await GetAsync(id, ct);
            result.Add(new PersonSummary(p.Id, p.ProvinceCode, p.FullName, p.BirthDate, p.BirthYear, p.Age, p.Sex, p.Cccd, p.Phone, p.BhytNumber, p.BhytStatus, p.VillageName, p.IsDeceased));
        }

        return result;
    }

    /// <summary>Probable duplicates across all scopes (the review flag is raised even if the twin is at another station).</summary>
    private async Task<IQueryable<Person>?> DuplicateCandidatesAsync(PersonInput input, Guid? excludeId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.FullName) || (input.BirthDate is null && input.BirthYear is null))
        {
            return null;
        }

        var station = await ResolveStationAsync(input.OrgUnitId, ct);
        var key = TextFolding.Fold(input.FullName);
        var year = input.BirthDate?.Year ?? input.BirthYear!.Value;
        var candidates = db.People.Unfiltered(UnscopedReason.DuplicateDetection).AsNoTracking()
            .Where(p => p.NameKey == key && p.BirthYear == year && p.CommuneCode == station.AdminUnitCode && p.MergedIntoId == null && p.Id != excludeId);
        if (input.BirthDate is { } bd)
        {
            candidates = candidates.Where(p => p.BirthDate == bd || p.BirthDate == null);
        }

        return candidates;
    }

    public async Task<PersonDto> RegisterAsync(PersonInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RegisterResidents);
        var today = VietnamClock.Today(time);
        var errors = PersonRules.Validate(input, today);
        await CheckDeathCauseAsync(input, errors, ct);
        errors.ThrowIfInvalid();
        var station = await ResolveStationAsync(input.OrgUnitId, ct);
        await CheckPlacementAsync(station, input, errors, ct);
        await CheckCccdFreeAsync(input.Cccd, null, errors, ct);
        errors.ThrowIfInvalid();

        var now = time.GetUtcNow();
        var person = new Person
        {
            Id = Guid.CreateVersion7(),
            ProvinceCode = station.ProvinceCode,
            OrgUnitId = station.Id,
            CommuneCode = station.AdminUnitCode,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        PersonRules.Apply(input, person);
        person.NeedsDuplicateReview = await DuplicateCandidatesAsync(input, null, ct) is { } twins && await twins.AnyAsync(ct);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(person, ct);
    }

    public async Task<PersonDto> UpdateAsync(Guid id, PersonInput input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RegisterResidents);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
        if (person.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        var errors = PersonRules.Validate(input with { OrgUnitId = input.OrgUnitId ?? person.OrgUnitId }, VietnamClock.Today(time));
        await CheckDeathCauseAsync(input, errors, ct);
        errors.ThrowIfInvalid();
        var station = await ResolveStationAsync(input.OrgUnitId ?? person.OrgUnitId, ct);
        await CheckPlacementAsync(station, input, errors, ct);
        await CheckCccdFreeAsync(input.Cccd, person.Id, errors, ct);
        errors.ThrowIfInvalid();

        PersonRules.Apply(input, person);
        person.OrgUnitId = station.Id;
        person.CommuneCode = station.AdminUnitCode;
        person.UpdatedAt = time.GetUtcNow();

        // The WHERE version = expected in EF's UPDATE catches a writer that slipped in since we read.
        db.Entry(person).Property(p => p.Version).OriginalValue = expectedVersion;
        person.Version = expectedVersion + 1;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("Stale version.", ex);
        }

        return await ToDtoAsync(person, ct);
    }

    /// <summary>
    /// Records a resident's death: the day, the underlying cause where known (an ICD-10 code of QĐ 4469), the chronic
    /// programmes they were on closed as "died" that day. The population report counts it (POP.deaths, MCH.infantDeaths,
    /// MCH.neonatalDeaths); a correction is the same call again with the resident's current version.
    /// </summary>
    public async Task<PersonDto> RecordDeathAsync(Guid id, DateOnly diedOn, string? causeCode, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RegisterResidents);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id && p.MergedIntoId == null, ct) ?? throw new NotFoundException();
        if (person.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException();
        }

        var errors = new ValidationErrors();
        var today = VietnamClock.Today(time);
        if (diedOn > today || (person.BirthDate is { } born && diedOn < born) || diedOn.Year < person.BirthYear)
        {
            errors.Add("deceasedOn", "deceased.date");
        }

        var input = new PersonInput { FullName = person.FullName, IsDeceased = true, DeathCauseCode = causeCode };
        await CheckDeathCauseAsync(input, errors, ct);
        errors.ThrowIfInvalid();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        person.IsDeceased = true;
        person.DeceasedOn = diedOn;
        person.DeathCauseCode = string.IsNullOrWhiteSpace(causeCode) ? null : Core.Encounters.VisitRules.NormalizeIcd(causeCode);
        person.UpdatedAt = time.GetUtcNow();
        db.Entry(person).Property(p => p.Version).OriginalValue = expectedVersion;
        person.Version = expectedVersion + 1;
        var open = await db.Set<Core.Chronic.ChronicEnrolment>()
            .Where(e => e.ProvinceCode == person.ProvinceCode && e.PersonId == person.Id && e.Status == Core.Chronic.EnrolmentStatus.Active).ToListAsync(ct);
        foreach (var enrolment in open)
        {
            enrolment.Close(Core.Chronic.ClosingReason.Died, diedOn < enrolment.RegisteredOn ? enrolment.RegisteredOn : diedOn);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException("Stale version.", ex);
        }

        await tx.CommitAsync(ct);
        return await ToDtoAsync(person, ct);
    }

    /// <summary>
    /// Merges <paramref name="duplicateId"/> into <paramref name="keepId"/>: every row that names the duplicate moves to
    /// the kept resident as <see cref="MergeRegistry"/> says (visits, records, enrolments and follow-ups, immunization,
    /// cases and lab results, pregnancies, growth, family planning…), blanks are filled from the duplicate, and the
    /// duplicate stays as a hidden tombstone pointing at the kept record (its id redirects there). A record that is
    /// itself merged can be neither kept nor merged again, so B → A then A → B is refused.
    /// </summary>
    public async Task<PersonDto> MergeAsync(Guid keepId, Guid duplicateId, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.MergeResidents);
        if (keepId == duplicateId)
        {
            throw new DomainValidationException("duplicateId", "merge.same");
        }

        var keep = await db.People.FirstOrDefaultAsync(p => p.Id == keepId, ct) ?? throw new NotFoundException();
        var dup = await db.People.FirstOrDefaultAsync(p => p.Id == duplicateId, ct) ?? throw new NotFoundException();
        if (keep.ProvinceCode != dup.ProvinceCode)
        {
            // Person-level rows never reference across provinces (ADR 0002): a cross-province merge is a transfer first.
            throw new DomainValidationException("duplicateId", "orgUnit.notInScope");
        }

        if (keep.MergedIntoId is not null || dup.MergedIntoId is not null)
        {
            throw new DomainValidationException(keep.MergedIntoId is not null ? "personId" : "duplicateId", "merge.alreadyMerged");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var maxVersion = await db.HealthRecords.Unfiltered(UnscopedReason.Merge).Where(r => r.ProvinceCode == keep.ProvinceCode && r.PersonId == keep.Id).MaxAsync(r => (int?)r.VersionNo, ct) ?? 0;
        var moved = await db.HealthRecords.Unfiltered(UnscopedReason.Merge).Where(r => r.ProvinceCode == dup.ProvinceCode && r.PersonId == dup.Id).OrderBy(r => r.VersionNo).ToListAsync(ct);
        foreach (var r in moved)
        {
            r.PersonId = keep.Id;
            r.OrgUnitId = keep.OrgUnitId;
            r.VersionNo = ++maxVersion;
        }

        // Enrolments stay at the station that registered them; one already active for the kept resident in the same
        // programme wins, the duplicate's is closed as merged (the kept resident is never enrolled twice).
        var today = VietnamClock.Today(time);
        var keepActive = await db.Set<Core.Chronic.ChronicEnrolment>().Unfiltered(UnscopedReason.Merge)
            .Where(e => e.ProvinceCode == keep.ProvinceCode && e.PersonId == keep.Id && e.Status == Core.Chronic.EnrolmentStatus.Active)
            .Select(e => e.Programme).ToListAsync(ct);
        foreach (var e in await db.Set<Core.Chronic.ChronicEnrolment>().Unfiltered(UnscopedReason.Merge).Where(e => e.ProvinceCode == dup.ProvinceCode && e.PersonId == dup.Id).ToListAsync(ct))
        {
            e.PersonId = keep.Id;
            if (e.Status == Core.Chronic.EnrolmentStatus.Active && keepActive.Contains(e.Programme))
            {
                e.Close(Core.Chronic.ClosingReason.Merged, today < e.RegisteredOn ? e.RegisteredOn : today);
            }
        }

        await MergeRegistry.MoveAsync(db, keep, dup, ct);
        foreach (var earlier in await db.People.Unfiltered(UnscopedReason.Merge).Where(p => p.ProvinceCode == dup.ProvinceCode && p.MergedIntoId == dup.Id).ToListAsync(ct))
        {
            earlier.MergedIntoId = keep.Id;
        }

        var dupCccd = dup.Cccd;
        dup.Cccd = null;
        dup.MergedIntoId = keep.Id;
        dup.NeedsDuplicateReview = false;
        dup.Version++;
        await db.SaveChangesAsync(ct);

        keep.Cccd ??= dupCccd;
        keep.BhytNumber ??= dup.BhytNumber;
        keep.SocialInsuranceNumber ??= dup.SocialInsuranceNumber;
        keep.BhytValidFrom ??= dup.BhytValidFrom;
        keep.BhytValidTo ??= dup.BhytValidTo;
        keep.Phone ??= dup.Phone;
        keep.BirthDate ??= dup.BirthDate;
        keep.HouseholdId ??= dup.HouseholdId;
        keep.NeedsDuplicateReview = false;
        keep.UpdatedAt = time.GetUtcNow();
        keep.Version++;
        await db.SaveChangesAsync(ct);
        db.AuditRead(Core.Audit.AuditActions.Merge, nameof(Person), dup.Id, keep.Id, keep.ProvinceCode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await ToDtoAsync(keep, ct);
    }

    public async Task<IReadOnlyList<PersonSummary>> HouseholdMembersAsync(Guid householdId, CancellationToken ct = default)
    {
        var today = VietnamClock.Today(time);
        var rows = await db.People.AsNoTracking().Where(p => p.HouseholdId == householdId && p.MergedIntoId == null)
            .OrderBy(p => p.RelationshipToHead).ThenBy(p => p.BirthYear).ToListAsync(ct);
        return rows.Select(p => new PersonSummary(p.Id, p.ProvinceCode, p.FullName, p.BirthDate, p.BirthYear, Age(p.BirthDate, p.BirthYear, today), p.Sex, p.Cccd, p.Phone,
            p.BhytNumber, BhytCard.Status(p.BhytNumber, p.BhytValidFrom, p.BhytValidTo, today), null, p.IsDeceased)).ToList();
    }

    /// <summary>The station a new resident belongs to: the one given (if in scope), or the user's only station.</summary>
    public async Task<OrgUnit> ResolveStationAsync(Guid? stationId, CancellationToken ct = default)
    {
        var scope = db.Actor.Scope;
        if (stationId is { } id)
        {
            var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
            if (unit is null || unit.Kind is OrgUnitKind.Village or OrgUnitKind.VillageHealthPost)
            {
                throw new DomainValidationException("orgUnitId", "orgUnit.unknown", id);
            }

            if (!scope.Allows(unit.Id))
            {
                throw new DomainValidationException("orgUnitId", "orgUnit.notInScope");
            }

            return unit;
        }

        var stations = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.CommuneHealthStation && (scope.All || scope.UnitIds.Contains(u.Id)))
            .Take(2).ToListAsync(ct);
        if (stations.Count == 1)
        {
            return stations[0];
        }

        // A village health worker's scope holds the village only: use its station.
        var villages = scope.All ? [] : await db.OrgUnits.AsNoTracking().Where(u => scope.UnitIds.Contains(u.Id) && u.Kind == OrgUnitKind.Village && u.ParentId != null).Select(u => u.ParentId!.Value).Distinct().Take(2).ToListAsync(ct);
        if (villages.Count == 1)
        {
            return await db.OrgUnits.AsNoTracking().FirstAsync(u => u.Id == villages[0], ct);
        }

        throw new DomainValidationException("orgUnitId", "required");
    }

    private async Task CheckPlacementAsync(OrgUnit station, PersonInput input, ValidationErrors errors, CancellationToken ct)
    {
        if (input.VillageId is { } v && !await db.OrgUnits.AnyAsync(u => u.Id == v && u.ParentId == station.Id && u.Kind == OrgUnitKind.Village, ct))
        {
            errors.Add("villageId", "village.notInCatchment");
        }

        if (input.HouseholdId is { } h && !await db.Households.AnyAsync(x => x.Id == h && x.ProvinceCode == station.ProvinceCode, ct))
        {
            errors.Add("householdId", "household.unknown");
        }
    }

    private async Task CheckCccdFreeAsync(string? cccd, Guid? selfId, ValidationErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(cccd))
        {
            return;
        }

        // CCCDs are national: check every province, whatever the user's scope.
        var value = cccd.Trim();
        if (await db.People.Unfiltered(UnscopedReason.UniquenessCheck).AnyAsync(p => p.Cccd == value && p.Id != selfId, ct))
        {
            errors.Add("cccd", "cccd.duplicate");
        }
    }

    private static int Age(DateOnly? birthDate, int birthYear, DateOnly today) =>
        birthDate is { } b ? VietnamClock.AgeInYears(b, today) : today.Year - birthYear;

    private async Task<PersonDto> ToDtoAsync(Person p, CancellationToken ct)
    {
        var today = VietnamClock.Today(time);
        var names = await db.OrgUnits.AsNoTracking().Where(u => u.Id == p.OrgUnitId || u.Id == p.VillageId).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return new PersonDto
        {
            Id = p.Id,
            ProvinceCode = p.ProvinceCode,
            OrgUnitId = p.OrgUnitId,
            OrgUnitName = names.FirstOrDefault(n => n.Id == p.OrgUnitId)?.Name,
            VillageId = p.VillageId,
            VillageName = names.FirstOrDefault(n => n.Id == p.VillageId)?.Name,
            CommuneCode = p.CommuneCode,
            HouseholdId = p.HouseholdId,
            RelationshipToHead = p.RelationshipToHead,
            Cccd = p.Cccd,
            FullName = p.FullName,
            BirthDate = p.BirthDate,
            BirthTime = p.BirthTime,
            BirthYear = p.BirthYear,
            Age = Age(p.BirthDate, p.BirthYear, today),
            Sex = p.Sex,
            EthnicityCode = p.EthnicityCode,
            Phone = p.Phone,
            AddressLine = p.AddressLine,
            BhytNumber = p.BhytNumber,
            BhytValidFrom = p.BhytValidFrom,
            BhytValidTo = p.BhytValidTo,
            BhytFacilityCode = p.BhytFacilityCode,
            BhytStatus = BhytCard.Status(p.BhytNumber, p.BhytValidFrom, p.BhytValidTo, today),
            IsDeceased = p.IsDeceased,
            DeceasedOn = p.DeceasedOn,
            DeathCauseCode = p.DeathCauseCode,
            MovedAway = p.MovedAway,
            MovedAwayOn = p.MovedAwayOn,
            NeedsDuplicateReview = p.NeedsDuplicateReview,
            MergedIntoId = p.MergedIntoId,
            Version = p.Version,
            Warnings = [.. CccdValidator.Warnings(p.Cccd).Concat(BhytCard.Warnings(p.BhytNumber))
                .Select(w => new FieldWarningDto(w.Field, w.Code, w.Message(System.Globalization.CultureInfo.CurrentUICulture)))],
        };
    }

    private async Task CheckDeathCauseAsync(PersonInput input, ValidationErrors errors, CancellationToken ct)
    {
        if (input.IsDeceased && !string.IsNullOrWhiteSpace(input.DeathCauseCode))
        {
            var code = Core.Encounters.VisitRules.NormalizeIcd(input.DeathCauseCode);
            if (!await db.IcdCodes.AnyAsync(c => c.Code == code, ct))
            {
                errors.Add("deathCauseCode", "icd.unknown", input.DeathCauseCode);
            }
        }
    }
}
