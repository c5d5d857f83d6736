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
    public async Task Reimporting_the_same_file_changes_nothing(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var station = await SeedStationAsync(database);
        var file = WriteFile(station);
        await ImportAsync(database, file, null);
        var auditsBefore = await ImportAuditsAsync(database);

        var again = await ImportAsync(database, file, null);

        Assert.Equal(0, again.Inserted);
        Assert.Equal(0, again.Updated);
        Assert.Equal(3, again.Unchanged);
        Assert.Equal(2, again.Rejected);
        Assert.False(again.BulkLoaded);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var people = await db.People.OrderBy(p => p.Cccd).ToListAsync();
        Assert.Equal(3, people.Count);
        Assert.All(people, p => Assert.Equal(1, p.Version));
        Assert.Equal(["Nguyễn Văn An", "Trần Thị Hoa", "Lê Minh Quân"], people.Select(p => p.FullName));
        Assert.Equal(auditsBefore, await ImportAuditsAsync(database));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Reimport_with_one_changed_row_updates_only_that_resident_and_audits_it(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var station = await SeedStationAsync(database);
        var file = WriteFile(station);
        await ImportAsync(database, file, null);
        var auditsBefore = await ImportAuditsAsync(database);
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("0912345678", "0987654321", StringComparison.Ordinal));

        var again = await ImportAsync(database, file, null);

        Assert.Equal((0L, 1L, 2L, 2L), (again.Inserted, again.Updated, again.Unchanged, again.Rejected));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var people = await db.People.OrderBy(p => p.Cccd).ToListAsync();
        var an = people.Single(p => p.Cccd == "038080123456");
        Assert.Equal("0987654321", an.Phone);
        Assert.Equal(2, an.Version);
        Assert.All(people.Where(p => p != an), p => Assert.Equal(1, p.Version));
        Assert.Equal(auditsBefore + 1, await ImportAuditsAsync(database));
    }

    /// <summary>
    /// A repeated CCCD and two probable twins in one file. On PostgreSQL this is the first-load path (empty table),
    /// on SQLite the ordinary one; both must give the same residents and counts.
    /// </summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Repeated_cccd_later_row_wins_and_a_probable_twin_is_flagged(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var station = await SeedStationAsync(database);
        var s = station.Code;
        var file = Path.Combine(Path.GetTempPath(), $"coso-people-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file,
            "cccd,full_name,birth_date,birth_year,sex,station_code\n" +
            $"038080123456,Nguyễn Văn An,1980-03-15,,M,{s}\n" +
            $"038190654321,Trần Thị Hoa,,1990,F,{s}\n" +
            $"038080123456,Nguyễn Văn Ân,1980-03-15,,M,{s}\n" +       // same CCCD as line 2: this row wins
            $"038190777777,Tran Thi Hoa,1990-05-01,,F,{s}\n" +         // twin of line 3 (year-only birth): flagged
            $"038191888888,Trần Thị Hoa,,1991,F,{s}\n" +               // other birth year: not a twin
            $"038080123456,Nguyễn Văn Ấn,1980-03-15,,M,{s}\n");        // same CCCD again: the last row wins

        var result = await ImportAsync(database, file, null);

        Assert.Equal((6L, 4L, 2L, 0L, 0L), (result.Read, result.Inserted, result.Updated, result.Unchanged, result.Rejected));
        Assert.Equal(provider == "postgres", result.BulkLoaded);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var people = await db.People.OrderBy(p => p.Cccd).ToListAsync();
        Assert.Equal(["038080123456", "038190654321", "038190777777", "038191888888"], people.Select(p => p.Cccd));
        Assert.Equal("Nguyễn Văn Ấn", people[0].FullName);
        Assert.Equal([false, false, true, false], people.Select(p => p.NeedsDuplicateReview));
        Assert.Equal(people.Count, await db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityType == "Person").Select(a => a.PersonId).Distinct().CountAsync());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_later_import_flags_a_newcomer_whose_twin_is_already_stored(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var station = await SeedStationAsync(database);
        await ImportAsync(database, WriteFile(station), null);
        var s = station.Code;
        var file = Path.Combine(Path.GetTempPath(), $"coso-people-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file,
            "cccd,full_name,birth_date,birth_year,sex,station_code\n" +
            $"038080777777,NGUYEN VAN AN,1980-03-15,,M,{s}\n" +   // twin of the stored Nguyễn Văn An (same date)
            $"038080888888,Nguyễn Văn An,1980-03-16,,M,{s}\n" +   // same name and year, another date: not a twin
            $"038201222222,Lê Minh Quân,,2001,M,{s}\n");          // stored Quân has a date, this one none: a twin

        var result = await ImportAsync(database, file, null);

        Assert.False(result.BulkLoaded);
        Assert.Equal(3, result.Inserted);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var flagged = await db.People.Where(p => p.NeedsDuplicateReview).OrderBy(p => p.Cccd).Select(p => p.Cccd).ToListAsync();
        Assert.Equal(["038080777777", "038201222222"], flagged);
    }

    [Fact]
    public async Task First_load_on_postgres_rebuilds_every_index_and_foreign_key_and_a_failed_load_leaves_nothing()
    {
        await using var database = await ImportTestDatabase.CreateAsync("postgres");
        var station = await SeedStationAsync(database);
        var schemaBefore = await PeopleSchemaAsync(database);
        Assert.Contains(schemaBefore, d => d.StartsWith("ix_people_name_key_birth_year_commune_code: CREATE INDEX", StringComparison.Ordinal));
        Assert.Contains(schemaBefore, d => d.StartsWith("fk_people_org_units_org_unit_id: FOREIGN KEY", StringComparison.Ordinal));
        var file = Path.Combine(Path.GetTempPath(), $"coso-people-{Guid.NewGuid():N}.csv");
        await using (var writer = new StreamWriter(file))
        {
            await writer.WriteLineAsync("cccd,full_name,birth_year,sex,station_code");
            for (var i = 0; i < 12_000; i++)
            {
                await writer.WriteLineAsync($"0380{i % 100:D2}{i:D6},Nguyễn Văn An,19{i % 100:D2},M,{station.Code}");
            }
        }

        // Cancelled once 5,000 rows have been read: the load is under way and must roll back whole.
        using var cancel = new CancellationTokenSource();
        await using (var scope = database.Scope())
        {
            var importer = ActivatorUtilities.CreateInstance<PersonImporter>(scope.ServiceProvider);
            var options = new PersonImportOptions { OnProgress = read => { if (read >= 5_000) { cancel.Cancel(); } } };
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => importer.ImportAsync(file, options, cancel.Token));
        }

        Assert.Equal(schemaBefore, await PeopleSchemaAsync(database));
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            Assert.Equal(0, await db.People.IgnoreQueryFilters().CountAsync());
            Assert.Equal(0, await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == "import"));
        }

        var result = await ImportAsync(database, file, null);

        Assert.True(result.BulkLoaded);
        Assert.Equal(12_000, result.Inserted);
        Assert.Equal(schemaBefore, await PeopleSchemaAsync(database));
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var audits = await db.AuditEntries.IgnoreQueryFilters().Where(a => a.Action == "import")
                .Select(a => new { a.Id, a.PersonId, a.EntityType }).ToListAsync();
            Assert.Equal(12_000, audits.Select(a => a.PersonId).Distinct().Count());
            Assert.Equal(12_000, audits.Select(a => a.Id).Distinct().Count());
            Assert.All(audits, a => Assert.True(a.Id != a.PersonId && a.Id.Version == 7 && a.EntityType == "Person"));
            Assert.Equal(12_000, await db.People.IgnoreQueryFilters().CountAsync(p => audits.Select(a => a.PersonId).Contains(p.Id)));

            // The same name and birth year every 100 rows in one commune, birth date unknown: all but the first of each year are twins.
            Assert.Equal(12_000 - 100, await db.People.IgnoreQueryFilters().CountAsync(p => p.NeedsDuplicateReview));

            // The unique index is back: a second resident with a loaded CCCD is refused by the database itself.
            var twin = await db.People.IgnoreQueryFilters().AsNoTracking().FirstAsync();
            twin.Id = Guid.CreateVersion7();
            db.People.Add(twin);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    /// <summary>
    /// Security finding A6: SQLite refuses a statement with more than 32,766 parameters, and the CCCD look-up of a
    /// 50,000-row batch sent one per row, so any file above that size failed with a stack trace. 33,001 rows in one
    /// batch, three of them already stored (one changed), spread so that they fall into different look-up chunks.
    /// On PostgreSQL the ordinary (not first-load) path is taken, the one an import into a populated table uses.
    /// </summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task An_import_above_SQLite_s_parameter_limit_in_one_batch_succeeds_and_finds_stored_residents_in_every_chunk(string provider)
    {
        const int rows = 33_001;
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var station = await SeedStationAsync(database);
        static string Cccd(int i) => $"0380{i % 100:D2}{i:D6}";     // digit 0: a man born 19yy
        static string Row(int i, string code, string phone) => $"{Cccd(i)},Nguyễn Văn An,19{i % 100:D2},M,{phone},{code}";
        int[] stored = [7, 20_000, 32_999];
        var small = Path.Combine(Path.GetTempPath(), $"coso-people-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(small, ["cccd,full_name,birth_year,sex,phone,station_code", .. stored.Select(i => Row(i, station.Code, "0912000000"))]);
        await ImportAsync(database, small, null);
        var file = Path.Combine(Path.GetTempPath(), $"coso-people-{Guid.NewGuid():N}.csv");
        await using (var writer = new StreamWriter(file))
        {
            await writer.WriteLineAsync("cccd,full_name,birth_year,sex,phone,station_code");
            for (var i = 0; i < rows; i++)
            {
                await writer.WriteLineAsync(Row(i, station.Code, i == 20_000 ? "0987000000" : "0912000000"));
            }
        }

        ImportResult result;
        await using (var scope = database.Scope())
        {
            var importer = ActivatorUtilities.CreateInstance<PersonImporter>(scope.ServiceProvider);
            result = await importer.ImportAsync(file, new PersonImportOptions { AllowBulkLoad = false });
        }

        Assert.True(rows > 32_766 && rows <= new PersonImportOptions().BatchSize);
        Assert.Equal((rows, rows - 3L, 1L, 2L, 0L), (result.Read, result.Inserted, result.Updated, result.Unchanged, result.Rejected));
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            Assert.Equal(rows, await db.People.IgnoreQueryFilters().CountAsync());
            var cccd = Cccd(20_000);
            var changed = await db.People.IgnoreQueryFilters().SingleAsync(p => p.Cccd == cccd);
            Assert.Equal(("0987000000", 2), (changed.Phone, changed.Version));
        }
    }

    private static async Task<int> ImportAuditsAsync(ImportTestDatabase database)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        return await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.EntityType == "Person");
    }

    /// <summary>The definitions of the people table's indexes and constraints, as PostgreSQL prints them.</summary>
    private static async Task<List<string>> PeopleSchemaAsync(ImportTestDatabase database)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        return await db.Database.SqlQueryRaw<string>(
            """
            SELECT indexname || ': ' || indexdef AS "Value" FROM pg_indexes WHERE tablename = 'people'
            UNION ALL
            SELECT conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'people'::regclass
            ORDER BY 1
            """).ToListAsync();
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_rejected_rows_file_keeps_a_formula_from_the_operators_file_as_text(string provider)
    {
        // Security finding B18: FILE.errors.csv repeated "=1+2 Sáu" as is, and Excel evaluated it on opening.
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var station = await SeedStationAsync(database);
        var file = Path.Combine(Path.GetTempPath(), $"coso-people-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file,
            "cccd,full_name,birth_date,birth_year,sex,ethnicity_code,phone,address,station_code,village_code,bhyt_number,bhyt_valid_from,bhyt_valid_to,bhyt_facility_code\n" +
            $"038080123457,=1+2 Sáu,1980-03-15,,M,01,,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",{station.Code},,,,,\n" +
            $"038080123458,@SUM(A1) Bảy,1980-03-15,,M,01,,-1+1,{station.Code},,,,,\n");
        var errorsPath = file + ".errors.csv";

        var result = await ImportAsync(database, file, errorsPath);

        Assert.Equal(2, result.Rejected);
        var lines = await File.ReadAllLinesAsync(errorsPath);
        var first = lines.Single(l => l.StartsWith("2,full_name,", StringComparison.Ordinal));
        Assert.Contains(",'=1+2 Sáu,", first, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",", first, StringComparison.Ordinal);
        var second = lines.Single(l => l.StartsWith("3,full_name,", StringComparison.Ordinal));
        Assert.Contains(",'@SUM(A1) Bảy,", second, StringComparison.Ordinal);
        Assert.Contains(",'-1+1,", second, StringComparison.Ordinal);
        // No field of any line starts like a formula (the header and the line numbers included).
        Assert.DoesNotContain(lines.SelectMany(l => l.Split(',')), f => f.Length > 0 && f[0] is '=' or '+' or '-' or '@');
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
