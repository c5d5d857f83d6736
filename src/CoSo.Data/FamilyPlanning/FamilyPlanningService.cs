using CoSo.Core.Common;
using CoSo.Core.FamilyPlanning;
using CoSo.Core.Identity;
using CoSo.Core.People;
using CoSo.Data.Access;
using CoSo.Data.Organisation;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.FamilyPlanning;

/// <summary>Family planning at the station: a resident's methods, supplies, stops, and who is due for a resupply.</summary>
public sealed class FamilyPlanningService(CoSoDbContext db, TimeProvider time, StationResolver stations)
{
    public async Task<IReadOnlyList<ContraceptiveUseDto>> ListAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await PersonAsync(personId, ct);
        var uses = await db.Visible<ContraceptiveUse>().AsNoTracking().Where(u => u.ProvinceCode == person.ProvinceCode && u.PersonId == person.Id)
            .OrderByDescending(u => u.StartedOn).ThenByDescending(u => u.CreatedAt).ToListAsync(ct);
        await db.AuditReadsAsync("family-planning:list", [(person.Id, person.ProvinceCode)], ct);
        return uses.Select(ContraceptiveUseDto.From).ToList();
    }

    public async Task<ContraceptiveUseDto> StartAsync(Guid personId, StartMethodInput input, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.FamilyPlanning);
        var person = await PersonAsync(personId, ct);
        var today = VietnamClock.Today(time);
        var on = input.StartedOn ?? today;
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(input.Method))
        {
            errors.Add("method", "fp.method");
        }

        if (on > today)
        {
            errors.Add("startedOn", "date.future");
        }

        if (person.BirthDate is { } b && on < b)
        {
            errors.Add("startedOn", "visit.beforeBirth");
        }

        if (input.Quantity is < 0)
        {
            errors.Add("quantity", "stock.quantity");
        }

        if (input.Method is ContraceptiveMethod.MaleSterilisation ? person.Sex != Sex.Male : input.Method is not ContraceptiveMethod.Condom && person.Sex != Sex.Female)
        {
            errors.Add("method", "fp.sex");
        }

        errors.ThrowIfInvalid();
        // One method at a time: starting another stops the current one (a change of method).
        var current = await db.Visible<ContraceptiveUse>().Where(u => u.ProvinceCode == person.ProvinceCode && u.PersonId == person.Id && u.StoppedOn == null).ToListAsync(ct);
        foreach (var c in current)
        {
            c.StoppedOn = on;
            c.StopReason ??= "Đổi biện pháp";
            c.Version++;
        }

        var use = new ContraceptiveUse
        {
            Id = Guid.CreateVersion7(), ProvinceCode = person.ProvinceCode, OrgUnitId = person.OrgUnitId, PersonId = person.Id, Method = input.Method,
            StartedOn = on, FromStation = input.FromStation, CreatedAt = time.GetUtcNow(), Version = 1,
        };
        db.Add(use);
        if (input.FromStation)
        {
            Supply(use, on, input.Quantity ?? 1);
        }

        await db.SaveChangesAsync(ct);
        return ContraceptiveUseDto.From(use);
    }

    public async Task<ContraceptiveUseDto> SupplyAsync(Guid personId, Guid useId, SupplyInput input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.FamilyPlanning);
        var use = await UseAsync(personId, useId, expectedVersion, ct);
        var on = input.GivenOn ?? VietnamClock.Today(time);
        var errors = new ValidationErrors();
        if (input.Quantity <= 0)
        {
            errors.Add("quantity", "stock.quantity");
        }

        if (on > VietnamClock.Today(time) || on < use.StartedOn)
        {
            errors.Add("givenOn", "fp.supplyDate");
        }

        if (use.StoppedOn is not null)
        {
            errors.Add("useId", "fp.stopped");
        }

        errors.ThrowIfInvalid();
        Supply(use, on, input.Quantity);
        use.Version++;
        await SaveAsync(ct);
        return ContraceptiveUseDto.From(use);
    }

    public async Task<ContraceptiveUseDto> StopAsync(Guid personId, Guid useId, StopMethodInput input, int expectedVersion, CancellationToken ct = default)
    {
        db.Actor.Demand(Capability.FamilyPlanning);
        var use = await UseAsync(personId, useId, expectedVersion, ct);
        var on = input.StoppedOn ?? VietnamClock.Today(time);
        if (on < use.StartedOn || on > VietnamClock.Today(time))
        {
            throw new DomainValidationException("stoppedOn", "fp.stopDate");
        }

        use.StoppedOn = on;
        use.StopReason = string.IsNullOrWhiteSpace(input.Reason) ? null : TextFolding.Nfc(input.Reason.Trim());
        use.NextSupplyDue = null;
        use.Version++;
        await SaveAsync(ct);
        return ContraceptiveUseDto.From(use);
    }

    /// <summary>Ongoing methods of the station whose next supply falls within <paramref name="days"/> days, or is late.</summary>
    public async Task<IReadOnlyList<ResupplyDueItem>> DueAsync(Guid? stationId, Guid? villageId = null, int days = 7, CancellationToken ct = default)
    {
        var station = await stations.ResolveOrVillagesAsync(stationId, ct);
        var today = VietnamClock.Today(time);
        var limit = today.AddDays(days);
        var rows = await db.Visible<ContraceptiveUse>().AsNoTracking()
            .Where(u => (station == null || u.OrgUnitId == station.Id) && u.StoppedOn == null && u.NextSupplyDue != null && u.NextSupplyDue <= limit)
            .Join(db.People.AsNoTracking().Where(p => p.MergedIntoId == null && !p.IsDeceased && !p.MovedAway && (villageId == null || p.VillageId == villageId)),
                u => new { u.ProvinceCode, Id = u.PersonId }, p => new { p.ProvinceCode, p.Id }, (u, p) => new { u, p.FullName, p.Phone, p.VillageId })
            .ToListAsync(ct);
        var villageIds = rows.Where(r => r.VillageId != null).Select(r => r.VillageId!.Value).Distinct().ToList();
        var villages = await db.OrgUnits.AsNoTracking().Where(u => villageIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var items = rows.OrderBy(r => r.u.NextSupplyDue).Select(r => new ResupplyDueItem(r.u.Id, r.u.PersonId, r.u.ProvinceCode, r.FullName, r.Phone, r.VillageId, r.u.Method,
            r.u.NextSupplyDue!.Value, Math.Max(0, today.DayNumber - r.u.NextSupplyDue!.Value.DayNumber), r.VillageId is { } v ? villages.GetValueOrDefault(v) : null)).ToList();
        await db.AuditReadsAsync("family-planning:due", items.Select(i => (i.PersonId, i.ProvinceCode)), ct);
        return items;
    }

    private void Supply(ContraceptiveUse use, DateOnly on, decimal quantity)
    {
        db.Add(new ContraceptiveSupply
        {
            Id = Guid.CreateVersion7(), ProvinceCode = use.ProvinceCode, OrgUnitId = use.OrgUnitId, PersonId = use.PersonId, UseId = use.Id,
            Method = use.Method, GivenOn = on, Quantity = quantity, GivenByUserId = db.Actor.UserId,
        });
        use.LastSupplyOn = on;
        use.LastSupplyQuantity = quantity;
        use.NextSupplyDue = MethodRules.NextSupplyDue(use.Method, on, quantity);
    }

    private async Task<Person> PersonAsync(Guid personId, CancellationToken ct) =>
        await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId && p.MergedIntoId == null, ct) ?? throw new NotFoundException();

    private async Task<ContraceptiveUse> UseAsync(Guid personId, Guid useId, int expectedVersion, CancellationToken ct)
    {
        var use = await db.Visible<ContraceptiveUse>().FirstOrDefaultAsync(u => u.Id == useId && u.PersonId == personId, ct) ?? throw new NotFoundException();
        return use.Version == expectedVersion ? use : throw new ConcurrencyConflictException();
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
    }
}
