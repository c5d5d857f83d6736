using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Reception;
using CoSo.Data.Access;
using CoSo.Data.Chronic;
using CoSo.Data.Reception;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Encounters;

/// <summary>
/// Recording and listing visits. A visit, its diagnoses, its prescription with the stock it dispenses, the chronic
/// follow-up it is, and the queue line it closes are one SaveChanges: all saved or none. Impossible vitals are
/// rejected; unusual ones are stored with flags.
/// </summary>
public sealed class VisitService(
    CoSoDbContext db, TimeProvider time, VisitPrescriptions prescriptions, ChronicVisitLink chronic, ReceptionService reception, QueueEvents queue)
{
    // Each failed attempt means another issue of the same lot committed, so the stock it saw is gone: a few retries
    // reach either a consistent save or a clear "not enough in stock" on the field.
    private const int Attempts = 5;

    public Task<VisitDto> RecordAsync(Guid personId, VisitInput input, CancellationToken ct = default) => RecordAsync(personId, input, null, ct);

    /// <summary>Records a visit; <paramref name="details"/> carries the care card's chronic follow-up fields.</summary>
    public async Task<VisitDto> RecordAsync(Guid personId, VisitInput input, ChronicDetails? details, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.RecordVisits);
        // Stock is guarded by the lots' versions: when another dispense took the same units between reading and
        // saving, the whole visit is rebuilt on fresh stock (and refused on its field if the units are gone).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecordOnceAsync(personId, input, details, ct);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                throw new ConcurrencyConflictException();
            }
        }
    }

    private async Task<VisitDto> RecordOnceAsync(Guid personId, VisitInput input, ChronicDetails? details, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId && p.MergedIntoId == null, ct) ?? throw new NotFoundException();
        var now = time.GetUtcNow();
        var (errors, names) = await ValidateAsync(person, input, now, ct);
        var facilityId = input.FacilityId ?? person.OrgUnitId;
        var facility = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == facilityId, ct);
        if (facility is null || facility.Kind is OrgUnitKind.Village)
        {
            errors.Add("facilityId", "orgUnit.unknown", facilityId);
        }

        var arrival = input.ArrivalId is { } arrivalId
            ? await db.Set<Arrival>().FirstOrDefaultAsync(a => a.Id == arrivalId && a.PersonId == person.Id, ct)
            : null;
        if (input.ArrivalId is not null && arrival is null)
        {
            errors.Add("arrivalId", "queue.notWaiting");
        }

        var occurred = (input.OccurredAt ?? now).ToUniversalTime();
        var encounter = new Encounter
        {
            Id = Guid.CreateVersion7(),
            ProvinceCode = person.ProvinceCode,
            OrgUnitId = person.OrgUnitId,
            FacilityId = facilityId,
            PersonId = person.Id,
            StaffUserId = db.Actor.UserId,
            OccurredAt = occurred,
            VisitDate = VietnamClock.LocalDate(occurred),
            CreatedAt = now,
            ArrivalId = arrival?.Id,
            Version = 1,
        };
        Apply(encounter, input, errors);
        Cover(encounter, person, facility, arrival);
        AddDiagnoses(encounter, input.Diagnoses, names);
        var allergy = await AllergyNoteAsync(person, ct);
        encounter.Prescriptions.AddRange(await prescriptions.BuildAsync(encounter, input.Prescriptions, allergy, errors, ct));
        errors.ThrowIfInvalid();

        db.Encounters.Add(encounter);
        await chronic.ApplyAsync(encounter, details, ct);
        if (arrival is not null)
        {
            arrival.Status = ArrivalStatus.Done;
            arrival.EncounterId = encounter.Id;
            arrival.FinishedAt = now;
            arrival.Version++;
        }

        await db.SaveChangesAsync(ct);
        if (arrival is not null)
        {
            queue.Changed(arrival.OrgUnitId);
        }

        return VisitDto.From(encounter, facility?.Name);
    }

    public async Task<VisitList> ListAsync(Guid personId, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Select(p => new { p.Id, p.ProvinceCode }).FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var query = db.Encounters.AsNoTracking().Where(e => e.ProvinceCode == person.ProvinceCode && e.PersonId == personId);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.OccurredAt).Skip((page - 1) * pageSize).Take(pageSize)
            .Include(e => e.Diagnoses).Include(e => e.Prescriptions).AsSplitQuery().ToListAsync(ct);
        var facilityIds = items.Select(i => i.FacilityId).Distinct().ToList();
        var facilities = await db.OrgUnits.AsNoTracking().Where(u => facilityIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new VisitList(person.Id, person.ProvinceCode, items.Select(e => VisitDto.From(e, facilities.GetValueOrDefault(e.FacilityId))).ToList(), page, pageSize, total);
    }

    public async Task<VisitDto> GetAsync(Guid personId, Guid visitId, CancellationToken ct = default)
    {
        var e = await db.Encounters.AsNoTracking().Include(x => x.Diagnoses).Include(x => x.Prescriptions)
            .FirstOrDefaultAsync(x => x.Id == visitId && x.PersonId == personId, ct) ?? throw new NotFoundException();
        var facility = await db.OrgUnits.AsNoTracking().Where(u => u.Id == e.FacilityId).Select(u => u.Name).FirstOrDefaultAsync(ct);
        var staff = e.StaffUserId is { } s ? await db.Users.AsNoTracking().Where(u => u.Id == s).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) : null;
        return VisitDto.From(e, facility) with { StaffName = staff };
    }

    /// <summary>Visits held at a unit on a local date (the station's "today" list); voided visits do not count.</summary>
    public async Task<int> CountOnAsync(Guid facilityId, DateOnly date, CancellationToken ct = default) =>
        await db.Encounters.CountAsync(e => e.FacilityId == facilityId && e.VisitDate == date && !e.Voided, ct);

    internal async Task<(ValidationErrors Errors, Dictionary<string, string> IcdNames)> ValidateAsync(Person person, VisitInput input, DateTimeOffset now, CancellationToken ct)
    {
        var codes = input.Diagnoses.Select(d => VisitRules.NormalizeIcd(d.Code)).ToList();
        var names = await db.IcdCodes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.NameVi, ct);
        return (VisitRules.Validate(input, now, names.ContainsKey, DateRules.BornOn(person.BirthDate, person.BirthYear)), names);
    }

    internal async Task<string?> AllergyNoteAsync(Person person, CancellationToken ct) =>
        await db.HealthRecords.AsNoTracking().Where(h => h.ProvinceCode == person.ProvinceCode && h.PersonId == person.Id)
            .OrderByDescending(h => h.VersionNo).Select(h => h.AllergyDrugs).FirstOrDefaultAsync(ct);

    /// <summary>The visit's own fields from the input (the same for a new visit and a correction).</summary>
    internal static void Apply(Encounter e, VisitInput input, ValidationErrors errors)
    {
        e.Reason = Clean(input.Reason);
        e.Purpose = input.Purpose;
        e.Systolic = input.Systolic;
        e.Diastolic = input.Diastolic;
        e.Pulse = input.Pulse;
        e.TemperatureC = input.TemperatureC;
        e.RespiratoryRate = input.RespiratoryRate;
        e.SpO2 = input.SpO2;
        e.WeightKg = input.WeightKg;
        e.HeightCm = input.HeightCm;
        e.WaistCm = input.WaistCm;
        e.Bmi = VisitRules.Bmi(input.WeightKg, input.HeightCm);
        e.CapillaryGlucoseMmol = input.CapillaryGlucoseMmol;
        e.Flags = errors.Warnings.Count == 0 ? null : string.Join(';', errors.Warnings.Select(w => w.Field));
        e.Notes = Clean(input.Notes);
        e.Disposition = input.Disposition;
        e.FollowUpDate = input.FollowUpDate;
        e.ReferredTo = Clean(input.ReferredTo);
    }

    internal static void AddDiagnoses(Encounter e, IReadOnlyList<DiagnosisInput> diagnoses, Dictionary<string, string> names)
    {
        foreach (var d in diagnoses)
        {
            var code = VisitRules.NormalizeIcd(d.Code);
            if (!names.TryGetValue(code, out var name))
            {
                continue;
            }

            e.Diagnoses.Add(new EncounterDiagnosis
            {
                Id = Guid.CreateVersion7(), ProvinceCode = e.ProvinceCode, OrgUnitId = e.OrgUnitId, EncounterId = e.Id,
                PersonId = e.PersonId, Code = code, NameVi = name, IsMain = d.IsMain,
            });
        }
    }

    /// <summary>BHYT coverage: the desk's check when the resident came through the queue, else the card on the visit's day.</summary>
    private void Cover(Encounter e, Person person, OrgUnit? facility, Arrival? arrival)
    {
        if (arrival is not null)
        {
            (e.BhytCovered, e.BhytCategory, e.BhytBenefitPercent, e.BhytRuleId) = (arrival.BhytCovered, arrival.BhytCategory, arrival.BhytBenefitPercent, arrival.BhytRuleId);
            return;
        }

        var decision = reception.Decide(person, facility?.BhytFacilityCode, e.VisitDate, emergency: false, renewalReceipt: false);
        (e.BhytCovered, e.BhytCategory, e.BhytBenefitPercent, e.BhytRuleId) = (decision.Covered, decision.Category, decision.BenefitPercent, decision.RuleId);
    }

    internal static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : TextFolding.Nfc(s);
}
