using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Immunization;

/// <summary>Coverage per station from the children's register and the engine's valid doses; the arithmetic is in Core.</summary>
public sealed class CoverageService(CoSoDbContext db)
{
    public async Task<CoverageReport> ReportAsync(Guid unitId, int year, int month, CancellationToken ct = default)
    {
        var (from, to, yearStart) = Period(year, month);
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || !db.Actor.Scope.Allows(unit.Id))
        {
            throw new NotFoundException();
        }

        var stations = await db.OrgUnits.AsNoTracking()
            .Where(u => u.Path.StartsWith(unit.Path) && u.Kind == OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Name).ToListAsync(ct);
        var rows = new List<CoverageRow>();
        var monthTotals = new List<IReadOnlyList<CoverageCount>>();
        var ytdTotals = new List<IReadOnlyList<CoverageCount>>();
        foreach (var station in stations)
        {
            var children = await CohortAsync(station.Id, to, ct);
            var m = CoverageCalculator.Compute(children.Values.Select(c => c.Child).ToList(), CoverageDefinitions.LoadDefault(), from, to);
            var y = CoverageCalculator.Compute(children.Values.Select(c => c.Child).ToList(), CoverageDefinitions.LoadDefault(), yearStart, to);
            monthTotals.Add(m);
            ytdTotals.Add(y);
            rows.Add(Row(station.Id, station.Name, m, y));
        }

        var total = Row(null, unit.Name, Sum(monthTotals), Sum(ytdTotals));
        return new CoverageReport(unitId, year, month, rows, total);
    }

    public async Task<CoverageDrilldown> DrilldownAsync(Guid stationId, int year, int month, string code, bool yearToDate, CancellationToken ct = default)
    {
        await ChildRegister.StationAsync(db, stationId, ct);
        var (from, to, yearStart) = Period(year, month);
        var children = await CohortAsync(stationId, to, ct);
        var count = CoverageCalculator.Compute(children.Values.Select(c => c.Child).ToList(), CoverageDefinitions.LoadDefault(), yearToDate ? yearStart : from, to)
            .FirstOrDefault(c => c.Code == code) ?? throw new NotFoundException();
        var villages = await ChildRegister.VillageNamesAsync(db, stationId, ct);
        var list = count.Members.Select(m => children[m.PersonId]).Select(c => new CoverageDrillChild(c.Child.PersonId, c.Source.ProvinceCode, c.Source.FullName,
            c.Child.BirthDate, c.Source.VillageId is { } v ? villages.GetValueOrDefault(v) : null, count.Members.First(x => x.PersonId == c.Child.PersonId).Counted))
            .OrderBy(c => c.Counted).ThenBy(c => c.BirthDate).ToList();
        return new CoverageDrilldown(code, count.Numerator, count.Denominator, list);
    }

    private static (DateOnly From, DateOnly To, DateOnly YearStart) Period(int year, int month)
    {
        if (year is < 2000 or > 2100 || month is < 1 or > 12)
        {
            throw new DomainValidationException("month", "immunization.coverage.period");
        }

        var from = new DateOnly(year, month, 1);
        return (from, from.AddMonths(1).AddDays(-1), new DateOnly(year, 1, 1));
    }

    // The register as of the period's end (children born less than 6 years before it), each with its valid doses then.
    private async Task<Dictionary<Guid, (CoverageChild Child, RegisterChild Source)>> CohortAsync(Guid stationId, DateOnly to, CancellationToken ct)
    {
        var register = await ChildRegister.LoadAsync(db, ChildRegister.Children(db, stationId, to), ct, withBirthDoseTimes: true);
        var schedule = ImmunizationSchedule.LoadDefault();
        return register.ToDictionary(c => c.Id, c =>
            (c.ToCoverageChild(ScheduleEngine.Evaluate(schedule.ForProvince(c.ProvinceCode), c.BirthDate, to, c.Doses, ChildProgrammes.Routine | ChildProgrammes.HighRiskAreas)), c));
    }

    private static IReadOnlyList<CoverageCount> Sum(List<IReadOnlyList<CoverageCount>> perStation) =>
        perStation.Count == 0
            ? CoverageCalculator.Compute([], CoverageDefinitions.LoadDefault(), DateOnly.MinValue, DateOnly.MinValue)
            : perStation.SelectMany(x => x).GroupBy(c => c.Code)
                .Select(g => new CoverageCount(g.Key, g.Sum(c => c.Numerator), g.Sum(c => c.Denominator), [])).ToList();

    private static CoverageRow Row(Guid? id, string name, IReadOnlyList<CoverageCount> month, IReadOnlyList<CoverageCount> ytd) =>
        new(id, name, month.Select(Cell).ToList(), ytd.Select(Cell).ToList(), Dropout(month), Dropout(ytd));

    private static CoverageCell Cell(CoverageCount c) => new(c.Code, c.Numerator, c.Denominator, c.Percent);

    private static decimal? Dropout(IReadOnlyList<CoverageCount> counts) =>
        CoverageCalculator.Dropout(counts.Single(c => c.Code == CoverageDefinitions.Dtp1).Numerator, counts.Single(c => c.Code == CoverageDefinitions.Dtp3).Numerator);
}
