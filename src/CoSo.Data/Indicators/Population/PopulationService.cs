using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Data.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Population;

/// <summary>
/// Population figures per unit and year (docs/indicators.md, "Population denominator"). Org-level data scoped through
/// <see cref="OrgScope"/>: anyone reads the figures of the units in their scope; only a provincial manager or an
/// administrator (the Sở Y tế, who receives the statistics office's figures) writes them.
/// </summary>
public sealed class PopulationService(CoSoDbContext db, OrgScope scope, TimeProvider time)
{
    public static bool MayEdit(Role? role) => Permissions.Has(role, Capability.ManagePopulationFigures);

    /// <summary>The stored figures of the unit and every unit below it (in scope), optionally of one year.</summary>
    public async Task<IReadOnlyList<PopulationFigureDto>> ListAsync(Guid orgUnitId, int? year, CancellationToken ct = default)
    {
        var unit = await UnitAsync(orgUnitId, ct);
        var path = unit.Path;
        var q = db.Set<PopulationFigure>().AsNoTracking()
            .Join(db.OrgUnits.Where(u => u.Path.StartsWith(path)), f => f.OrgUnitId, u => u.Id, (f, u) => new { f, u.Code, u.Name, u.Depth });
        if (year is { } y)
        {
            q = q.Where(x => x.f.Year == y);
        }

        var rows = await q.ToListAsync(ct);
        return rows.Where(r => scope.Allows(r.f.OrgUnitId)).OrderBy(r => r.Depth).ThenBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.f.Year)
            .Select(r => new PopulationFigureDto(r.f.OrgUnitId, r.Code, r.Name, r.f.Year, r.f.Population, r.f.Source, r.f.UpdatedAt, r.f.UpdatedBy)).ToList();
    }

    /// <summary>The population the unit's T1 and T3 are divided by in the year (own figure, sum below, or none).</summary>
    public async Task<ResolvedPopulationDto> ResolveAsync(Guid orgUnitId, int year, CancellationToken ct = default)
    {
        var unit = await UnitAsync(orgUnitId, ct);
        var resolved = await PopulationLookup.OfUnitAsync(db, unit, year, ct);
        return resolved is null
            ? new ResolvedPopulationDto(unit.Id, unit.Code, year, null, "none", null, null, 0, null)
            : new ResolvedPopulationDto(unit.Id, unit.Code, year, resolved.Population, resolved.Own ? "own" : "sum", resolved.FromYear, resolved.ToYear, resolved.Parts, resolved.Source);
    }

    /// <summary>Stores (or replaces) the unit's figure of the year.</summary>
    public async Task<PopulationFigureDto> SetAsync(Guid orgUnitId, int year, PopulationInput input, CancellationToken ct = default)
    {
        var unit = await EditableAsync(orgUnitId, ct);
        var errors = new ValidationErrors();
        PopulationRules.Validate(year, input.Population, input.Source, errors);
        errors.ThrowIfInvalid();
        var figure = await db.Set<PopulationFigure>().FirstOrDefaultAsync(f => f.OrgUnitId == unit.Id && f.Year == year, ct);
        if (figure is null)
        {
            figure = new PopulationFigure { Id = Guid.CreateVersion7(), OrgUnitId = unit.Id, Year = year };
            db.Add(figure);
        }

        figure.Population = input.Population;
        figure.Source = TextFolding.Nfc(input.Source!.Trim());
        figure.UpdatedAt = time.GetUtcNow();
        figure.UpdatedBy = db.Actor.UserName;
        await PopulationMarks.AddAsync(db, [unit.Id], time, ct);
        await db.SaveChangesAsync(ct);
        return new PopulationFigureDto(unit.Id, unit.Code, unit.Name, year, figure.Population, figure.Source, figure.UpdatedAt, figure.UpdatedBy);
    }

    /// <summary>Removes the unit's figure of the year (404 when there is none).</summary>
    public async Task DeleteAsync(Guid orgUnitId, int year, CancellationToken ct = default)
    {
        var unit = await EditableAsync(orgUnitId, ct);
        var figure = await db.Set<PopulationFigure>().FirstOrDefaultAsync(f => f.OrgUnitId == unit.Id && f.Year == year, ct) ?? throw new NotFoundException();
        db.Remove(figure);
        await PopulationMarks.AddAsync(db, [unit.Id], time, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task<OrgUnit> EditableAsync(Guid orgUnitId, CancellationToken ct)
    {
        var unit = await UnitAsync(orgUnitId, ct);
        if (!db.Actor.Can(Capability.ManagePopulationFigures))
        {
            throw new ForbiddenException("population.edit");
        }

        if (!PopulationLookup.MayHaveFigure(unit.Kind))
        {
            throw new DomainValidationException("orgUnitId", "population.unit", unit.Code);
        }

        return unit;
    }

    private async Task<OrgUnit> UnitAsync(Guid orgUnitId, CancellationToken ct)
    {
        scope.Demand(orgUnitId);
        return await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == orgUnitId, ct) ?? throw new NotFoundException();
    }
}
