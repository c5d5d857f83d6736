using System.Globalization;
using System.Text.RegularExpressions;
using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Indicators.Population;

/// <summary>
/// Imports population figures from CSV (columns orgUnitCode, year, population, source; docs/indicators.md). As the
/// residents' import does: valid rows are saved (one transaction), rejected rows are reported with their line numbers,
/// a row equal to the stored figure is left unchanged, and re-running a file changes nothing.
/// </summary>
public sealed partial class PopulationImporter(CoSoDbContext db, TimeProvider time)
{
    private static readonly string[] Columns = ["orgUnitCode", "year", "population", "source"];

    public async Task<PopulationImportResult> ImportAsync(string path, CancellationToken ct = default)
    {
        using var csv = CsvStreamReader.Open(path);
        return await ImportAsync(csv, ct);
    }

    public async Task<PopulationImportResult> ImportAsync(CsvStreamReader csv, CancellationToken ct = default)
    {
        var errors = new List<ImportError>();
        var header = csv.ReadRow();
        static bool Named(string field, string column) => string.Equals(field.Trim(), column, StringComparison.OrdinalIgnoreCase);
        var missing = header is null ? Columns : Columns.Where(c => !header.Fields.Any(f => Named(f, c))).ToArray();
        if (header is null || missing.Length > 0)
        {
            errors.Add(Error(header?.LineNumber ?? 1, new FieldError("file", "import.columns", string.Join(", ", missing))));
            return new PopulationImportResult(0, 0, 0, 0, 0, errors);
        }

        var fields = header.Fields.ToList();
        var index = Columns.ToDictionary(c => c, c => fields.FindIndex(f => Named(f, c)));
        var units = await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.Code, u.Kind }).ToListAsync(ct);
        var byCode = units.Where(u => PopulationLookup.MayHaveFigure(u.Kind)).ToDictionary(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase);
        var accepted = new Dictionary<(Guid Unit, int Year), (long Population, string Source)>();
        long read = 0, rejected = 0, repeated = 0;
        while (csv.ReadRow() is { } row)
        {
            if (row.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            read++;
            string Cell(string column) => index[column] < row.Fields.Count ? row.Fields[index[column]].Trim() : string.Empty;
            var rowErrors = new ValidationErrors();
            var code = Cell("orgUnitCode");
            if (!byCode.TryGetValue(code, out var unitId))
            {
                rowErrors.Add("orgUnitCode", "population.unit", code);
            }

            var yearText = Cell("year");
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                rowErrors.Add("year", "population.number", yearText);
            }

            var populationText = Cell("population");
            if (ParsePopulation(populationText) is not { } population)
            {
                rowErrors.Add("population", "population.number", populationText);
                population = 0;
            }

            var source = Cell("source");
            if (rowErrors.IsValid)
            {
                PopulationRules.Validate(year, population, source, rowErrors);
            }

            if (!rowErrors.IsValid)
            {
                rejected++;
                errors.AddRange(rowErrors.Errors.Select(e => Error(row.LineNumber, e)));
                continue;
            }

            if (!accepted.TryAdd((unitId, year), (population, TextFolding.Nfc(source))))
            {
                // The later row wins, as in the residents' import; the earlier one counts as updated by it.
                accepted[(unitId, year)] = (population, TextFolding.Nfc(source));
                repeated++;
            }
        }

        var keys = accepted.Keys.Select(k => k.Unit).Distinct().ToList();
        var stored = (await db.Set<PopulationFigure>().Where(f => keys.Contains(f.OrgUnitId)).ToListAsync(ct)).ToDictionary(f => (f.OrgUnitId, f.Year));
        long inserted = 0, updated = repeated, unchanged = 0;
        var now = time.GetUtcNow();
        var changedUnits = new HashSet<Guid>();
        foreach (var ((unit, year), (population, source)) in accepted)
        {
            if (stored.TryGetValue((unit, year), out var figure))
            {
                if (figure.Population == population && figure.Source == source)
                {
                    unchanged++;
                    continue;
                }

                updated++;
            }
            else
            {
                figure = new PopulationFigure { Id = Guid.CreateVersion7(), OrgUnitId = unit, Year = year };
                db.Add(figure);
                inserted++;
            }

            (figure.Population, figure.Source, figure.UpdatedAt, figure.UpdatedBy) = (population, source, now, db.Actor.UserName);
            changedUnits.Add(unit);
        }

        if (changedUnits.Count > 0)
        {
            await PopulationMarks.AddAsync(db, changedUnits, time, ct);
            await db.SaveChangesAsync(ct);
        }

        return new PopulationImportResult(read, inserted, updated, unchanged, rejected, errors);
    }

    /// <summary>A whole number: plain digits, or digits grouped by three with dots, commas or spaces ("12.345", "12,345").</summary>
    public static long? ParsePopulation(string text)
    {
        var t = text.Trim();
        if (Grouped().IsMatch(t))
        {
            t = t.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        }

        return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static ImportError Error(long line, FieldError e) => new(line, e.Field, e.Code, e.Message(Messages.Vietnamese));

    [GeneratedRegex(@"^\d{1,3}([., ]\d{3})+$")]
    private static partial Regex Grouped();
}
