using System.Diagnostics;
using System.Net.Http.Json;
using CoSo.Bench.Chronic;
using CoSo.Core.Common;
using CoSo.Data.Demo;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Fhir;

/// <summary>
/// `fhir-search --database CS [--queries N] [--user tinh]`: FHIR Patient search and <c>$summary</c> (issue 18, Speed:
/// search by CCCD or name p95 &lt; 50 ms, <c>$summary</c> p95 &lt; 200 ms with 1,000,000 residents) over HTTP, against
/// CoSo.Web's build output started as a process on the chronic driver's province, as the provincial manager
/// (<c>tinh</c>; a station user with <c>--user</c>). Each query N times, one at a time: identifier with and without
/// system, <c>name</c> = a family name typed without diacritics, <c>given</c> = a given name, and <c>$summary</c> of
/// enrolled patients with visits. Baselines in the same run: <c>/api/v1/people?q=</c> of the same CCCD or name over
/// the same HTTP (the rest of CoSo's search), and the bare SQL of each search through Npgsql.
/// The chronic province's residents are "Người dân &lt;n&gt;" without CCCD; once (if no resident has a CCCD) they get
/// common Vietnamese names (DemoNames' family, middle and given names by sex, folded by TextFolding) and CCCDs.
/// </summary>
public static class FhirSearchBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        ChronicBenchData.Use(args);
        var (stations, residents, patients, perPatient) = ChronicBenchData.Sizes(args);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = ChronicBenchData.Database, CommandTimeout = 1800 }.ConnectionString;
        await ChronicBenchData.EnsureAsync(server, target, stations, residents, patients, perPatient, args.Contains("--recreate"));
        await EnsureNamesAsync(target);
        var n = IntArg(args, "--queries", 200, 5);
        var user = Arg(args, "--user") ?? "tinh";

        // The sample: residents (name, CCCD) and enrolled patients with visits, spread over the province.
        var people = new List<(string Key, string Cccd)>();
        var enrolled = new List<Guid>();
        await using (var conn = new NpgsqlConnection(target))
        {
            await conn.OpenAsync();
            await using (var cmd = new NpgsqlCommand($"SELECT name_key, cccd FROM people TABLESAMPLE BERNOULLI (5) REPEATABLE (42) WHERE cccd IS NOT NULL AND merged_into_id IS NULL LIMIT {n}", conn))
            await using (var r = await cmd.ExecuteReaderAsync())
            {
                while (await r.ReadAsync())
                {
                    people.Add((r.GetString(0), r.GetString(1)));
                }
            }

            await using (var cmd = new NpgsqlCommand($"SELECT e.person_id FROM chronic_enrolments e WHERE EXISTS (SELECT 1 FROM encounters v WHERE v.person_id = e.person_id) ORDER BY md5(e.person_id::text) LIMIT {n}", conn))
            await using (var r = await cmd.ExecuteReaderAsync())
            {
                while (await r.ReadAsync())
                {
                    enrolled.Add(r.GetGuid(0));
                }
            }
        }

        var cccdSystem = CoSo.Web.Fhir.FhirSystems.Of(CoSo.Web.Fhir.IdentifierKind.Cccd).System;
        static string Family(string key) => key.Split(' ')[0];
        static string Given(string key) => key.Split(' ')[^1];
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        using var app = StartWeb(["--urls", baseUrl, $"--COSO_DATABASE={target}"]);
        try
        {
            if (!await WaitUpAsync(baseUrl, app))
            {
                throw new InvalidOperationException("CoSo.Web did not start");
            }

            using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
            http.DefaultRequestHeaders.Accept.ParseAdd("application/fhir+json");
            using (var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = DemoOptions.DemoPassword }))
            {
                login.EnsureSuccessStatusCode();
            }

            var queries = new (string Name, Func<int, string> Url, string? Baseline)[]
            {
                ("FHIR Patient?identifier=<system>|<cccd>", i => $"/fhir/Patient?identifier={Uri.EscapeDataString(cccdSystem + "|" + people[i].Cccd)}", null),
                ("FHIR Patient?identifier=<cccd>", i => $"/fhir/Patient?identifier={people[i].Cccd}", null),
                ("/api/v1/people?q=<cccd> (baseline)", i => $"/api/v1/people?q={people[i].Cccd}", "api"),
                ("FHIR Patient?name=<family>", i => $"/fhir/Patient?name={Family(people[i].Key)}", null),
                ("FHIR Patient?family=<family>", i => $"/fhir/Patient?family={Family(people[i].Key)}", null),
                ("/api/v1/people?q=<family> (baseline)", i => $"/api/v1/people?q={Family(people[i].Key)}", "api"),
                ("FHIR Patient?given=<given>", i => $"/fhir/Patient?given={Given(people[i].Key)}", null),
                ("FHIR Patient?name=<family middle g> (typed prefix)", i => $"/fhir/Patient?name={Uri.EscapeDataString(Prefix(people[i].Key))}", null),
                ("/api/v1/people?q=<family middle g> (baseline)", i => $"/api/v1/people?q={Uri.EscapeDataString(Prefix(people[i].Key))}", "api"),
                ("FHIR Patient/{id}/$summary", i => $"/fhir/Patient/{enrolled[i]}/$summary", null),
                ("/api/v1/people/{id} (baseline)", i => $"/api/v1/people/{enrolled[i]}", "api"),
            };

            // Warm-up: JIT, pools, plans.
            foreach (var (_, url, _) in queries)
            {
                for (var i = 0; i < Math.Min(5, people.Count); i++)
                {
                    using var r = await http.GetAsync(url(i));
                    r.EnsureSuccessStatusCode();
                }
            }

            var results = new List<(string Name, List<double> Ms, int Errors)>();
            foreach (var (name, url, _) in queries)
            {
                var ms = new List<double>();
                var errors = 0;
                var count = name.Contains("summary", StringComparison.Ordinal) || name.Contains("people/{id}", StringComparison.Ordinal) ? enrolled.Count : people.Count;
                for (var i = 0; i < count; i++)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await http.GetAsync(url(i));
                    await response.Content.ReadAsByteArrayAsync();
                    ms.Add(watch.Elapsed.TotalMilliseconds);
                    errors += response.IsSuccessStatusCode ? 0 : 1;
                }

                results.Add((name, ms, errors));
            }

            // The bare SQL of the same searches (what FhirPatientQueries asks, by hand), one connection.
            var sql = new List<(string Name, List<double> Ms)>();
            await using (var conn = new NpgsqlConnection(target))
            {
                await conn.OpenAsync();
                async Task<List<double>> Sql(string text, Func<int, string> parameter, int count)
                {
                    var ms = new List<double>();
                    for (var i = 0; i < count; i++)
                    {
                        var watch = Stopwatch.StartNew();
                        foreach (var part in text.Split(";\n"))
                        {
                            await using var cmd = new NpgsqlCommand(part, conn);
                            cmd.Parameters.AddWithValue("p", parameter(i));
                            await using var r = await cmd.ExecuteReaderAsync();
                            while (await r.ReadAsync())
                            {
                            }
                        }

                        ms.Add(watch.Elapsed.TotalMilliseconds);
                    }

                    return ms;
                }

                sql.Add(("SQL: people by cccd", await Sql("SELECT * FROM people WHERE cccd = @p AND merged_into_id IS NULL ORDER BY id LIMIT 21;\nSELECT count(*) FROM people WHERE cccd = @p AND merged_into_id IS NULL", i => people[i].Cccd, people.Count)));
                sql.Add(("SQL: name_key LIKE '<family>%' (first page + count)", await Sql("SELECT * FROM people WHERE name_key LIKE @p || '%' AND merged_into_id IS NULL ORDER BY id LIMIT 21;\nSELECT count(*) FROM people WHERE name_key LIKE @p || '%' AND merged_into_id IS NULL", i => Family(people[i].Key), people.Count)));
                sql.Add(("SQL: name_key LIKE '% <given>%' (first page + count)", await Sql("SELECT * FROM people WHERE name_key LIKE '% ' || @p || '%' AND merged_into_id IS NULL ORDER BY id LIMIT 21;\nSELECT count(*) FROM people WHERE name_key LIKE '% ' || @p || '%' AND merged_into_id IS NULL", i => Given(people[i].Key), people.Count)));
                sql.Add(("SQL: one patient's record (person, visits, diagnoses, enrolments, doses; by the (province, person) indexes)", await Sql(
                    "SELECT * FROM people WHERE id = @p::uuid;\nSELECT * FROM encounters WHERE province_code = (SELECT province_code FROM people WHERE id = @p::uuid) AND person_id = @p::uuid;\nSELECT * FROM encounter_diagnoses WHERE province_code = (SELECT province_code FROM people WHERE id = @p::uuid) AND person_id = @p::uuid;\nSELECT * FROM chronic_enrolments WHERE province_code = (SELECT province_code FROM people WHERE id = @p::uuid) AND person_id = @p::uuid;\nSELECT * FROM immunization_doses WHERE province_code = (SELECT province_code FROM people WHERE id = @p::uuid) AND person_id = @p::uuid",
                    i => enrolled[i].ToString(), enrolled.Count)));
            }

            var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[..3] : ["?"];
            Console.WriteLine($"fhir-search: {residents:N0} residents over {stations} stations, as {user}; {people.Count} residents and {enrolled.Count} enrolled patients sampled; load average {string.Join(' ', load)}");
            Console.WriteLine("| query (over HTTP, one at a time) | n | p50 ms | p95 ms | max ms | errors |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, ms, errors) in results)
            {
                Console.WriteLine($"| {name} | {ms.Count} | {P(ms, 50):N1} | {P(ms, 95):N1} | {ms.Max():N1} | {errors} |");
            }

            foreach (var (name, ms) in sql)
            {
                Console.WriteLine($"| {name} | {ms.Count} | {P(ms, 50):N1} | {P(ms, 95):N1} | {ms.Max():N1} | 0 |");
            }

            return results.All(r => r.Errors == 0) ? 0 : 1;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    /// <summary>What a user types: family, middle name and the first letter of the given name ("nguyen van h").</summary>
    private static string Prefix(string key)
    {
        var words = key.Split(' ');
        return words.Length >= 3 ? $"{words[0]} {words[1]} {words[2][0]}" : key;
    }

    /// <summary>Once: common Vietnamese names (by sex) and unique CCCDs for the chronic province's residents.</summary>
    private static async Task EnsureNamesAsync(string target)
    {
        await using var conn = new NpgsqlConnection(target);
        await conn.OpenAsync();
        await using (var check = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM people WHERE cccd IS NOT NULL)", conn))
        {
            if ((bool)(await check.ExecuteScalarAsync())!)
            {
                return;
            }
        }

        var watch = Stopwatch.StartNew();
        static string Array(IEnumerable<string> values) => "ARRAY[" + string.Join(',', values.Select(v => "'" + v + "'")) + "]";
        string[] Folded(string[] names) => [.. names.Select(TextFolding.Fold)];
        // Parts picked by three random bytes of the (random) id; sex 1 male, 2 female. CCCD: province 038, a serial.
        await Exec(conn, $"""
            UPDATE people p SET
                full_name = f.n[1 + get_byte(uuid_send(p.id), 10) % {DemoNames.FamilyNames.Length}] || ' '
                    || CASE WHEN p.sex = 1 THEN mm.n[1 + get_byte(uuid_send(p.id), 11) % {DemoNames.MaleMiddle.Length}] ELSE fm.n[1 + get_byte(uuid_send(p.id), 11) % {DemoNames.FemaleMiddle.Length}] END || ' '
                    || CASE WHEN p.sex = 1 THEN mg.n[1 + get_byte(uuid_send(p.id), 12) % {DemoNames.MaleGiven.Length}] ELSE fg.n[1 + get_byte(uuid_send(p.id), 12) % {DemoNames.FemaleGiven.Length}] END,
                name_key = f.k[1 + get_byte(uuid_send(p.id), 10) % {DemoNames.FamilyNames.Length}] || ' '
                    || CASE WHEN p.sex = 1 THEN mm.k[1 + get_byte(uuid_send(p.id), 11) % {DemoNames.MaleMiddle.Length}] ELSE fm.k[1 + get_byte(uuid_send(p.id), 11) % {DemoNames.FemaleMiddle.Length}] END || ' '
                    || CASE WHEN p.sex = 1 THEN mg.k[1 + get_byte(uuid_send(p.id), 12) % {DemoNames.MaleGiven.Length}] ELSE fg.k[1 + get_byte(uuid_send(p.id), 12) % {DemoNames.FemaleGiven.Length}] END,
                cccd = '038' || lpad(s.n::text, 9, '0')
            FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people) s,
                (SELECT {Array(DemoNames.FamilyNames)} AS n, {Array(Folded(DemoNames.FamilyNames))} AS k) f,
                (SELECT {Array(DemoNames.MaleMiddle)} AS n, {Array(Folded(DemoNames.MaleMiddle))} AS k) mm,
                (SELECT {Array(DemoNames.FemaleMiddle)} AS n, {Array(Folded(DemoNames.FemaleMiddle))} AS k) fm,
                (SELECT {Array(DemoNames.MaleGiven)} AS n, {Array(Folded(DemoNames.MaleGiven))} AS k) mg,
                (SELECT {Array(DemoNames.FemaleGiven)} AS n, {Array(Folded(DemoNames.FemaleGiven))} AS k) fg
            WHERE s.id = p.id
            """);
        await Exec(conn, "VACUUM ANALYZE people");
        Console.WriteLine($"Gave the residents Vietnamese names and CCCDs in {watch.Elapsed.TotalSeconds:N0} s");
    }
}
