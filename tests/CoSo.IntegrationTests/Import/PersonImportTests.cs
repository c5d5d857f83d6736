using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Demo;
using CoSo.Data.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Import;

public sealed class PersonImportTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Import_stores_good_rows_and_reports_bad_rows_with_their_physical_line_numbers(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var station = await SeedStationAsync(database);
        var file = WriteFile(station);
        var errorsPath = file + ".errors.csv";

        var result = await ImportAsync(database, file, errorsPath);

        Assert.Equal(5, result.Read);
        Assert.Equal(3, result.Inserted);
        Assert.Equal(0, result.Updated);
        Assert.Equal(2, result.Rejected);
        Assert.Equal([5L, 6L], result.Errors.Select(e => e.Line).Distinct().Order());
        Assert.Contains(result.Errors, e => e.Line == 5 && e.Field == "cccd");
        Assert.Contains(result.Errors, e => e.Line == 6 && e.Field == "station_code" && e.Code == "orgUnit.unknown");
        var errorLines = await File.ReadAllLinesAsync(errorsPath);
        Assert.StartsWith("line,field,code,message,cccd,", errorLines[0], StringComparison.Ordinal);
        Assert.Contains(errorLines, l => l.StartsWith("5,cccd,", StringComparison.Ordinal));
        Assert.Contains(errorLines, l => l.StartsWith("6,station_code,", StringComparison.Ordinal));

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var people = await db.People.OrderBy(p => p.Cccd).ToListAsync();
        Assert.Equal(["038080123456", "038190654321", "038201111111"], people.Select(p => p.Cccd));
        var hoa = people.Single(p => p.Cccd == "038190654321");
        Assert.Equal("Trần Thị Hoa", hoa.FullName);
        Assert.Equal("tran thi hoa", hoa.NameKey);
        Assert.Equal("Số 5\nngõ 3, Thôn 1", hoa.AddressLine);
        Assert.Equal("0123456789", hoa.SocialInsuranceNumber);
        Assert.Equal(station.Id, hoa.OrgUnitId);
        Assert.Equal(station.ProvinceCode, hoa.ProvinceCode);
        Assert.NotNull(hoa.VillageId);
        Assert.Equal(1, hoa.Version);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Reimporting_the_same_file_updates_by_cccd_and_adds_no_people(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var station = await SeedStationAsync(database);
        var file = WriteFile(station);
        await ImportAsync(database, file, null);

        var again = await ImportAsync(database, file, null);

        Assert.Equal(0, again.Inserted);
        Assert.Equal(3, again.Updated);
        Assert.Equal(2, again.Rejected);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var people = await db.People.OrderBy(p => p.Cccd).ToListAsync();
        Assert.Equal(3, people.Count);
        Assert.All(people, p => Assert.Equal(2, p.Version));
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Hoa", "Lê Minh Quân"], people.Select(p => p.FullName));
    }

    private static async Task<OrgUnit> SeedStationAsync(ImportTestDatabase database)
    {
        await using var scope = database.Scope();
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider);
        await seeder.SeedAsync(new DemoOptions { Stations = 1, PeoplePerStation = 0 });
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        return await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Kind == OrgUnitKind.CommuneHealthStation);
    }

    /// <summary>Rows on lines 2, 3 (spanning 3–4: a quoted newline), 5 (bad CCCD), 6 (unknown station), 7.</summary>
    private static string WriteFile(OrgUnit station)
    {
        var path = Path.Combine(Path.GetTempPath(), $"coso-people-{Guid.NewGuid():N}.csv");
        var s = station.Code;
        var v = station.Code + "-T01";
        var content =
            "cccd,full_name,birth_date,birth_year,sex,ethnicity_code,phone,address,station_code,village_code,bhyt_number,bhyt_valid_from,bhyt_valid_to,bhyt_facility_code\n" +
            $"038080123456,Nguyễn Văn An,1980-03-15,,M,01,0912345678,Thôn 1,{s},{v},,,,\n" +
            $"038190654321,Trần Thị Hoa,,1990,Nữ,01,,\"Số 5\nngõ 3, Thôn 1\",{s},{v},GD4380123456789,2026-01-01,2026-12-31,\n" +
            $"03808012345X,Phạm Văn Bình,1980-01-01,,M,01,,,{s},,,,,\n" +
            "038080999999,Hoàng Văn Dũng,1980-01-01,,M,01,,,TYT-99999,,,,,\n" +
            $"038201111111,Lê Minh Quân,2001-06-30,,Nam,06,,,{s},,TE1380000000001,,,\n";
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<ImportResult> ImportAsync(ImportTestDatabase database, string file, string? errorsPath)
    {
        await using var scope = database.Scope();
        var importer = ActivatorUtilities.CreateInstance<PersonImporter>(scope.ServiceProvider);
        return await importer.ImportAsync(file, new PersonImportOptions { ErrorsPath = errorsPath });
    }
}
