using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Immunization;
using CoSo.Core.People;
using CoSo.Data.Access;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Immunization;

/// <summary>
/// Vaccination sessions and their due lists. Due-list rule: a child of the register (in the session's villages) is on
/// the list when the engine, evaluated ON the session date, has any dose "due" or "overdue" for it.
/// </summary>
public sealed class SessionService(CoSoDbContext db, TimeProvider time)
{
    public async Task<SessionDto> PlanAsync(SessionInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.Immunize);
        ArgumentNullException.ThrowIfNull(input);
        var station = await ChildRegister.StationAsync(db, input.StationId, ct);
        var errors = new ValidationErrors();
        var villages = await ChildRegister.VillageNamesAsync(db, station.Id, ct);
        var chosen = (input.VillageIds ?? []).Distinct().ToList();
        foreach (var v in chosen.Where(v => !villages.ContainsKey(v)))
        {
            errors.Add("villageIds", "orgUnit.unknown", v);
        }

        if (input.Date < VietnamClock.Today(time).AddYears(-1))
        {
            errors.Add("date", "immunization.session.date");
        }

        errors.ThrowIfInvalid();
        var session = new VaccinationSession
        {
            Id = Guid.CreateVersion7(), ProvinceCode = station.ProvinceCode, StationId = station.Id, Date = input.Date,
            VillageIds = chosen.Count == 0 ? null : string.Join(';', chosen), Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : TextFolding.Nfc(input.Notes.Trim()),
            CreatedByUserId = db.Actor.UserId, CreatedAt = time.GetUtcNow(),
        };
        db.Set<VaccinationSession>().Add(session);
        await db.SaveChangesAsync(ct);
        return SessionDto.From(session);
    }

    public async Task<IReadOnlyList<SessionDto>> ListAsync(Guid stationId, CancellationToken ct = default)
    {
        await ChildRegister.StationAsync(db, stationId, ct);
        var rows = await db.Set<VaccinationSession>().AsNoTracking().Where(s => s.StationId == stationId)
            .OrderByDescending(s => s.Date).Take(100).ToListAsync(ct);
        return rows.Select(SessionDto.From).ToList();
    }

    public async Task<SessionDto> MarkHeldAsync(Guid sessionId, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.Immunize);
        var session = await GetEntityAsync(sessionId, ct);
        session.Status = SessionStatus.Held;
        await db.SaveChangesAsync(ct);
        return SessionDto.From(session);
    }

    public async Task<DueList> DueListAsync(Guid sessionId, CancellationToken ct = default)
    {
        var session = await GetEntityAsync(sessionId, ct);
        var station = await ChildRegister.StationAsync(db, session.StationId, ct);
        var villageFilter = session.Villages();
        var children = await ChildRegister.LoadAsync(db, ChildRegister.Children(db, station.Id, session.Date, villageFilter), ct);
        var schedule = ImmunizationSchedule.LoadDefault();
        var programmes = await ChildRegister.ProgrammesAsync(db, station.Id, ct);
        var due = children
            .Select(c => (Child: c, Needs: ScheduleEngine.Evaluate(schedule.ForProvince(c.ProvinceCode), c.BirthDate, session.Date, c.Doses, programmes)
                .Where(e => e.Status is DoseStatus.Due or DoseStatus.Overdue).ToList()))
            .Where(x => x.Needs.Count > 0)
            .ToList();
        var mothers = await MothersAsync(station.ProvinceCode, due.Select(d => d.Child.HouseholdId).OfType<Guid>().Distinct().ToList(), ct);
        var villages = await ChildRegister.VillageNamesAsync(db, station.Id, ct);
        var groups = due.GroupBy(d => d.Child.VillageId)
            .Select(g => new DueVillageDto(g.Key, g.Key is { } v ? villages.GetValueOrDefault(v, "?") : "(không rõ thôn / no village)",
                g.OrderBy(x => x.Child.BirthDate).Select(x =>
                {
                    var mother = x.Child.HouseholdId is { } h ? mothers.GetValueOrDefault(h) : default;
                    return new DueChildDto(x.Child.Id, x.Child.ProvinceCode, x.Child.FullName, x.Child.BirthDate, mother.Name, mother.Phone, x.Needs) { ShownPeople = mother.Shown ?? [] };
                }).ToList()))
            .OrderBy(g => g.VillageName, StringComparer.Ordinal)
            .ToList();
        return new DueList(SessionDto.From(session), station.Name, groups);
    }

    private async Task<VaccinationSession> GetEntityAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Set<VaccinationSession>().FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException();
        await ChildRegister.StationAsync(db, session.StationId, ct);
        return session;
    }

    // Mother rule (docs/immunization.md): the female member of the child's household who is its head or the head's
    // spouse (the spouse first); the phone is hers, else the household head's.
    // The province filter lets PostgreSQL use the (province_code, household_id) index.
    private async Task<Dictionary<Guid, (string? Name, string? Phone, IReadOnlyList<Guid>? Shown)>> MothersAsync(string provinceCode, List<Guid> householdIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, (string?, string?, IReadOnlyList<Guid>?)>();
        foreach (var chunk in householdIds.Chunk(500))
        {
            var members = await db.People.AsNoTracking()
                .Where(p => p.ProvinceCode == provinceCode && p.HouseholdId != null && chunk.Contains(p.HouseholdId.Value) && p.MergedIntoId == null
                    && (p.RelationshipToHead == HouseholdRelationship.Head || p.RelationshipToHead == HouseholdRelationship.Spouse))
                .Select(p => new { p.Id, HouseholdId = p.HouseholdId!.Value, p.FullName, p.Phone, p.Sex, p.RelationshipToHead })
                .ToListAsync(ct);
            foreach (var g in members.GroupBy(m => m.HouseholdId))
            {
                var mother = g.Where(m => m.Sex == Sex.Female).OrderByDescending(m => m.RelationshipToHead == HouseholdRelationship.Spouse).FirstOrDefault();
                var head = g.FirstOrDefault(m => m.RelationshipToHead == HouseholdRelationship.Head);
                var phoneOf = mother?.Phone is not null ? mother : head?.Phone is not null ? head : null;
                result[g.Key] = (mother?.FullName, mother?.Phone ?? head?.Phone, new[] { mother?.Id, phoneOf?.Id }.OfType<Guid>().Distinct().ToList());
            }
        }

        return result;
    }
}
