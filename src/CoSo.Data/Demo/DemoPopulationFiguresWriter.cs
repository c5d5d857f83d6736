using CoSo.Core.Common;
using CoSo.Core.Indicators;
using CoSo.Data.Common;
using CoSo.Data.Indicators.Population;

namespace CoSo.Data.Demo;

/// <summary>
/// Demo population figures (data/population/demo-population.csv, labelled as demo in their source) for the demo
/// stations whose codes the file names: the first nine of Thanh Hóa's communes; the tenth is left without one so that
/// the dashboard shows T1 and T3 judged on the registry with its note. The file's figures are written for the default
/// 300 residents per station and scaled by the seeder's <see cref="DemoOptions.PeoplePerStation"/>, so the registry
/// covers about 85–95 % of the population whatever the size chosen. Not statistics: no figure is a real commune's.
/// </summary>
internal sealed class DemoPopulationFiguresWriter(CoSoDbContext db, DateTimeOffset now)
{
    public const string FileName = "population/demo-population.csv";
    private const int ResidentsTheFileIsFor = 300;

    public int Figures { get; private set; }

    public async Task WriteAsync(DemoOrgTree tree, int peoplePerStation, CancellationToken ct)
    {
        var path = DataFiles.PathOf(FileName);
        if (!File.Exists(path))
        {
            return;
        }

        var stations = tree.Stations.ToDictionary(s => s.Station.Code, s => s.Station.Id, StringComparer.OrdinalIgnoreCase);
        using var csv = CsvStreamReader.Open(path);
        var header = csv.ReadRow()?.Fields.Select(f => f.Trim()).ToList() ?? [];
        int Col(string name) => header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        var (code, year, population, source) = (Col("orgUnitCode"), Col("year"), Col("population"), Col("source"));
        while (csv.ReadRow() is { } row)
        {
            if (!stations.TryGetValue(row.Fields[code].Trim(), out var unit) || PopulationImporter.ParsePopulation(row.Fields[population]) is not { } figure)
            {
                continue;
            }

            db.Add(new PopulationFigure
            {
                Id = Guid.CreateVersion7(), OrgUnitId = unit, Year = int.Parse(row.Fields[year], System.Globalization.CultureInfo.InvariantCulture),
                Population = Math.Max(1, (long)Math.Round(figure * (decimal)peoplePerStation / ResidentsTheFileIsFor)),
                Source = TextFolding.Nfc(row.Fields[source].Trim()), UpdatedAt = now, UpdatedBy = "demo",
            });
            Figures++;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
