using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Data.Access;
using CoSo.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Chronic;

/// <summary>The hypertension and diabetes registries: proposals from diagnoses, enrolment, closing and transfer.</summary>
public sealed class ChronicRegistryService(CoSoDbContext db, TimeProvider time, ChronicOptions options)
{
    /// <summary>Residents of a station diagnosed I10–I15 / E10–E14 at a visit, not (actively) enrolled for it.</summary>
    public async Task<CandidateList> CandidatesAsync(Guid stationId, CancellationToken ct = default)
    {
        var prefixes = ChronicCodes.Prefixes.ToArray();
        var rows = await db.EncounterDiagnoses.AsNoTracking()
            .Where(d => d.OrgUnitId == stationId && prefixes.Contains(d.Code.Substring(0, 3)))
            .Join(db.Encounters.Where(e => !e.Voided), d => new { d.ProvinceCode, Id = d.EncounterId }, e => new { e.ProvinceCode, e.Id }, (d, e) => new { d.PersonId, d.ProvinceCode, d.Code, e.VisitDate })
            .ToListAsync(ct);
        var personIds = rows.Select(r => r.PersonId).Distinct().ToList();
        var enrolled = (await db.VisibleEnrolments().Where(e => personIds.Contains(e.PersonId) && e.Status == EnrolmentStatus.Active)
            .Select(e => new { e.PersonId, e.Programme }).ToListAsync(ct)).ToHashSet();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id) && !p.IsDeceased && p.MergedIntoId == null)
            .Select(p => new { p.Id, p.FullName }).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var items = rows
            .Select(r => new { r, Programme = ChronicCodes.ProgrammeOf(r.Code)!.Value })
            .Where(x => people.ContainsKey(x.r.PersonId) && !enrolled.Contains(new { x.r.PersonId, x.Programme }))
            .GroupBy(x => (x.r.PersonId, x.Programme))
            .Select(g =>
            {
                var first = g.OrderBy(x => x.r.VisitDate).First();
                return new CandidateDto(g.Key.PersonId, first.r.ProvinceCode, people[g.Key.PersonId], g.Key.Programme, first.r.Code, first.r.VisitDate);
            })
            .OrderBy(c => c.FirstDiagnosedOn).ToList();
        return new CandidateList(items);
    }

    public async Task<EnrolmentDto> EnrolAsync(Guid personId, EnrolmentInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ChronicCare);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) ?? throw new NotFoundException();
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(input.Programme))
        {
            errors.Add("programme", "chronic.protocol.unknown", input.Programme);
            errors.ThrowIfInvalid();
        }

        var protocol = input.ProtocolCode is null ? options.Plan.DefaultFor(input.Programme) : options.Plan.Find(input.ProtocolCode);
        if (protocol is null || protocol.Programme != input.Programme)
        {
            errors.Add("protocolCode", "chronic.protocol.unknown", input.ProtocolCode);
        }

        var diagnosis = string.IsNullOrWhiteSpace(input.DiagnosisCode) ? null : input.DiagnosisCode.Trim().ToUpperInvariant();
        if (diagnosis is not null && (diagnosis.Length > 10 || ChronicCodes.ProgrammeOf(diagnosis) != input.Programme))
        {
            errors.Add("diagnosisCode", "chronic.diagnosis.programme", diagnosis);
        }

        if (input.OlderAdultHealth is { } health && !Enum.IsDefined(health))
        {
            errors.Add("olderAdultHealth", "chronic.olderAdultHealth.unknown", health);
        }

        if (await db.VisibleEnrolments().AnyAsync(e => e.PersonId == personId && e.Programme == input.Programme && e.Status == EnrolmentStatus.Active, ct))
        {
            errors.Add("programme", "chronic.enrolment.exists", input.Programme);
        }

        errors.ThrowIfInvalid();
        var today = VietnamClock.Today(time);
        var registered = input.RegisteredOn ?? today;
        var enrolment = new ChronicEnrolment
        {
            Id = Guid.CreateVersion7(),
            ProvinceCode = person.ProvinceCode,
            OrgUnitId = person.OrgUnitId,
            PersonId = person.Id,
            Programme = input.Programme,
            RegisteredOn = registered,
            DiagnosedBy = string.IsNullOrWhiteSpace(input.DiagnosedBy) ? null : TextFolding.Nfc(input.DiagnosedBy.Trim()),
            DiagnosisCode = diagnosis ?? (input.Programme == ChronicProgramme.Hypertension ? "I10" : "E11"),
            OlderAdultHealth = input.OlderAdultHealth,
            BaselineSystolic = input.BaselineSystolic,
            BaselineDiastolic = input.BaselineDiastolic,
            BaselineFastingGlucose = input.BaselineFastingGlucose,
            BaselineHbA1c = input.BaselineHbA1c,
            ProtocolCode = protocol!.Code,
            NextAppointment = input.NextAppointment ?? registered.AddDays(protocol.FollowUpDays),
            CreatedAt = time.GetUtcNow(),
            Version = 1,
        };
        db.Add(enrolment);
        await db.SaveChangesAsync(ct);
        return EnrolmentDto.From(enrolment, person.FullName);
    }

    public async Task<EnrolmentList> ListAsync(Guid? stationId, ChronicProgramme? programme, EnrolmentStatus? status, CancellationToken ct = default)
    {
        var query = db.VisibleEnrolments().AsNoTracking();
        if (stationId is { } s)
        {
            query = query.Where(e => e.OrgUnitId == s);
        }

        if (programme is { } p)
        {
            query = query.Where(e => e.Programme == p);
        }

        if (status is { } st)
        {
            query = query.Where(e => e.Status == st);
        }

        var rows = await query.Join(db.People, e => new { e.ProvinceCode, Id = e.PersonId }, p => new { p.ProvinceCode, p.Id }, (e, p) => new { e, p.FullName })
            .OrderBy(x => x.FullName).Take(5000).ToListAsync(ct);
        return new EnrolmentList(rows.Select(x => EnrolmentDto.From(x.e, x.FullName)).ToList());
    }

    public async Task<EnrolmentList> ForPersonAsync(Guid personId, CancellationToken ct = default)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            throw new NotFoundException();
        }

        var rows = await db.VisibleEnrolments().AsNoTracking().Where(e => e.PersonId == personId).OrderBy(e => e.RegisteredOn).ToListAsync(ct);
        return new EnrolmentList(rows.Select(e => EnrolmentDto.From(e)).ToList());
    }

    public async Task<EnrolmentDto> CloseAsync(Guid enrolmentId, CloseInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ChronicCare);
        var e = await db.FindEnrolmentAsync(enrolmentId, ct);
        if (e.Status != EnrolmentStatus.Active)
        {
            throw new DomainValidationException("enrolmentId", "chronic.enrolment.closed");
        }

        var today = VietnamClock.Today(time);
        var on = input.On ?? today;
        ValidateClosing(e, input.Reason, on, today);
        e.Close(input.Reason, on);
        e.Version++;
        if (input.Reason == ClosingReason.Died)
        {
            await MarkDeceasedAsync(e.PersonId, on, ct);
        }

        await db.SaveChangesAsync(ct);
        return EnrolmentDto.From(e);
    }

    /// <summary>
    /// A transfer has its own operation (it opens the enrolment at the receiving station), so it is not a closing
    /// reason a user may pick; the date lies between registration and today.
    /// </summary>
    private static void ValidateClosing(ChronicEnrolment e, ClosingReason reason, DateOnly on, DateOnly today)
    {
        if (reason == ClosingReason.TransferredOut || !Enum.IsDefined(reason))
        {
            throw new DomainValidationException("reason", "chronic.close.reason");
        }

        if (on > today || on < e.RegisteredOn)
        {
            throw new DomainValidationException("on", "chronic.close.date");
        }
    }

    /// <summary>The other active stations of the enrolment's province, for the transfer picker (org data, any scope).</summary>
    public async Task<IReadOnlyList<OrgUnitDto>> TransferTargetsAsync(Guid enrolmentId, CancellationToken ct = default)
    {
        var e = await db.FindEnrolmentAsync(enrolmentId, ct);
        return await db.OrgUnits.AsNoTracking()
            .Where(u => u.Kind == OrgUnitKind.CommuneHealthStation && u.IsActive && u.ProvinceCode == e.ProvinceCode && u.Id != e.OrgUnitId)
            .OrderBy(u => u.Name)
            .Select(u => new OrgUnitDto(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.Depth, u.ProvinceCode, u.AdminUnitCode)).ToListAsync(ct);
    }

    /// <summary>Closes the enrolment here and opens one at the receiving station with the same registration date.</summary>
    public async Task<EnrolmentDto> TransferAsync(Guid enrolmentId, TransferInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.ChronicCare);
        var e = await db.FindEnrolmentAsync(enrolmentId, ct);
        var station = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == input.ToStationId && u.Kind == OrgUnitKind.CommuneHealthStation, ct);
        if (station is null || station.Id == e.OrgUnitId)
        {
            throw new DomainValidationException("toStationId", "chronic.station.unknown");
        }

        if (e.Status != EnrolmentStatus.Active)
        {
            throw new DomainValidationException("enrolmentId", "chronic.enrolment.closed");
        }

        var today = VietnamClock.Today(time);
        e.Close(ClosingReason.TransferredOut, today);
        e.Version++;
        var moved = new ChronicEnrolment
        {
            Id = Guid.CreateVersion7(), ProvinceCode = e.ProvinceCode, OrgUnitId = station.Id, PersonId = e.PersonId, Programme = e.Programme,
            RegisteredOn = e.RegisteredOn, DiagnosedBy = e.DiagnosedBy, BaselineSystolic = e.BaselineSystolic, BaselineDiastolic = e.BaselineDiastolic,
            BaselineFastingGlucose = e.BaselineFastingGlucose, BaselineHbA1c = e.BaselineHbA1c, ProtocolCode = e.ProtocolCode,
            DiagnosisCode = e.DiagnosisCode, OlderAdultHealth = e.OlderAdultHealth,
            ProtocolStep = e.ProtocolStep, NextAppointment = e.NextAppointment, TransferredFromId = e.Id, CreatedAt = time.GetUtcNow(), Version = 1,
        };
        db.Add(moved);

        // The receiving station manages the resident from now on (scope follows OrgUnitId); the village belonged to
        // the old station. Past visits keep their rows and stay on the care card through the resident.
        var person = await db.People.FirstAsync(p => p.Id == e.PersonId, ct);
        person.OrgUnitId = station.Id;
        person.VillageId = null;
        person.UpdatedAt = time.GetUtcNow();
        person.Version++;
        await db.SaveChangesAsync(ct);
        return EnrolmentDto.From(moved);
    }

    internal async Task MarkDeceasedAsync(Guid personId, DateOnly on, CancellationToken ct)
    {
        var person = await db.People.FirstAsync(p => p.Id == personId, ct);
        if (!person.IsDeceased)
        {
            person.IsDeceased = true;
            person.DeceasedOn = on;
            person.UpdatedAt = time.GetUtcNow();
            person.Version++;
        }

        foreach (var other in await db.VisibleEnrolments().Where(x => x.PersonId == personId && x.Status == EnrolmentStatus.Active).ToListAsync(ct))
        {
            other.Close(ClosingReason.Died, on);
        }
    }
}
