using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.Bench.Chronic;
using CoSo.Data.Demo;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Fhir;

/// <summary>
/// `fhir-export --database CS [--recreate]`: FHIR Bulk Data export (issue 18 item 6) of the whole province the chronic
/// driver builds (Patient, Encounter, Observation, Condition, Immunization), by the provincial manager (`tinh`) through
/// CoSo.Web's build output started as a process: kick-off with `Prefer: respond-async`, polling the status URL until the
/// manifest. Baseline in the same run: a raw `COPY (SELECT …) TO STDOUT` of the same rows (the residents not merged
/// away, the visits with their diagnoses' ids, the visits with a measurement, the diagnoses, the doses). The diagnoses
/// and doses are added to the chronic province once (<see cref="EnsureClinicalAsync"/>). Reported: both times, the ratio
/// COPY time / export time (the issue asks ≥ 0.25), and the server's working set before and its peak during the export.
/// </summary>
public static class FhirExportBench
{
    private static readonly (string Type, string Sql)[] Baseline =
    [
        ("Patient", "SELECT * FROM people WHERE merged_into_id IS NULL"),
        // A visit's Encounter carries its diagnoses' ids (the export reads them with it), by the (province, visit) index.
        ("Encounter", "SELECT e.*, (SELECT array_agg(d.id ORDER BY d.is_main DESC) FROM encounter_diagnoses d WHERE d.province_code = e.province_code AND d.encounter_id = e.id) AS diagnoses FROM encounters e"),
        ("Observation", "SELECT * FROM encounters WHERE systolic IS NOT NULL OR diastolic IS NOT NULL OR pulse IS NOT NULL OR respiratory_rate IS NOT NULL OR temperature_c IS NOT NULL OR sp_o2 IS NOT NULL OR weight_kg IS NOT NULL OR height_cm IS NOT NULL OR bmi IS NOT NULL OR capillary_glucose_mmol IS NOT NULL"),
        ("Condition", "SELECT d.*, e.occurred_at, e.voided FROM encounter_diagnoses d JOIN encounters e ON e.id = d.encounter_id"),
        ("Immunization", "SELECT * FROM immunization_doses"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        ChronicBenchData.Use(args);
        var (stations, residents, patients, perPatient) = ChronicBenchData.Sizes(args);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = ChronicBenchData.Database, CommandTimeout = 1800 }.ConnectionString;
        await ChronicBenchData.EnsureAsync(server, target, stations, residents, patients, perPatient, args.Contains("--recreate"));
        await EnsureClinicalAsync(target);

        var exportDir = Path.Combine(Path.GetTempPath(), "coso-bench-fhir-export-" + Guid.NewGuid().ToString("N"));
        var port = FreePort();
        // The server's own per-type lines ("FHIR export <job>: Patient 100000 in 3.1 s"): printed with the results.
        var serverLines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var app = StartWeb(["--urls", $"http://127.0.0.1:{port}", $"--COSO_DATABASE={target}", $"--CoSo:Fhir:ExportDirectory={exportDir}"], line =>
        {
            if (line.Contains("FHIR export", StringComparison.Ordinal))
            {
                serverLines.Enqueue(line);
            }
        });
        var baseUrl = $"http://127.0.0.1:{port}";
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(30) };
            await WaitUpAsync(baseUrl, app);

            using (var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName = "tinh", password = DemoOptions.DemoPassword }))
            {
                login.EnsureSuccessStatusCode();
            }

            // Warm the server (JIT, pools) with a small export, then measure the whole province.
            await ExportAsync(http, "/fhir/$export?_type=Patient&_typeFilter=Patient%3Fgender%3Dfemale", null);
            app.Refresh();
            var before = app.WorkingSet64;

            var watch = Stopwatch.StartNew();
            long peak = 0;
            var manifest = await ExportAsync(http, "/fhir/$export?_type=Patient,Encounter,Observation,Condition,Immunization", () =>
            {
                app.Refresh();
                peak = Math.Max(peak, app.PeakWorkingSet64);
            });
            var export = watch.Elapsed.TotalSeconds;
            app.Refresh();
            peak = Math.Max(peak, app.PeakWorkingSet64);
            var counts = manifest.GetProperty("output").EnumerateArray().ToDictionary(o => o.GetProperty("type").GetString()!, o => o.GetProperty("count").GetInt64());
            long bytes = Directory.EnumerateFiles(exportDir, "*.ndjson", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

            // The same rows by COPY, in the same run, to a sink (no file: the floor of reading them out).
            var copyWatch = Stopwatch.StartNew();
            var copyRows = new Dictionary<string, long>();
            long copyBytes = 0;
            await using (var conn = new NpgsqlConnection(target))
            {
                await conn.OpenAsync();
                foreach (var (type, sql) in Baseline)
                {
                    using var reader = await conn.BeginTextExportAsync($"COPY ({sql}) TO STDOUT");
                    long rows = 0;
                    while (await reader.ReadLineAsync() is { } line)
                    {
                        rows++;
                        copyBytes += line.Length + 1;
                    }

                    copyRows[type] = rows;
                }
            }

            var copy = copyWatch.Elapsed.TotalSeconds;
            var total = counts.Values.Sum();
            Console.WriteLine($"fhir-export: province of {residents:N0} residents over {stations} stations, as the provincial manager");
            Console.WriteLine("| type | resources exported | rows by COPY |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var (type, _) in Baseline)
            {
                Console.WriteLine($"| {type} | {counts.GetValueOrDefault(type):N0} | {copyRows[type]:N0} |");
            }

            Console.WriteLine($"  export (kick-off → manifest): {export:N2} s, {total / export:N0} resources/s, {bytes / 1048576.0:N1} MiB NDJSON");
            Console.WriteLine($"  COPY (SELECT …) TO STDOUT of the same rows: {copy:N2} s, {copyRows.Values.Sum() / copy:N0} rows/s, {copyBytes / 1048576.0:N1} MiB");
            Console.WriteLine($"  ratio COPY time / export time: {copy / export:N2} (issue 18 asks ≥ 0.25)");
            foreach (var line in serverLines.Where(l => l.Contains(" in ", StringComparison.Ordinal)))
            {
                Console.WriteLine("  server: " + line.Trim());
            }

            Console.WriteLine($"  server working set: {before / 1048576.0:N0} MiB before, peak {peak / 1048576.0:N0} MiB during the export");
            // The export must carry exactly the rows COPY reads (the manager's scope is the whole province).
            var patientsMatch = counts.GetValueOrDefault("Patient") == copyRows["Patient"] && counts.GetValueOrDefault("Encounter") == copyRows["Encounter"]
                && counts.GetValueOrDefault("Condition") == copyRows["Condition"] && counts.GetValueOrDefault("Immunization") == copyRows["Immunization"];
            if (!patientsMatch)
            {
                Console.Error.WriteLine("fhir-export: the export's counts differ from the rows COPY read");
            }

            return patientsMatch && total > 0 ? 0 : 1;
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            if (Directory.Exists(exportDir))
            {
                Directory.Delete(exportDir, recursive: true);
            }
        }
    }

    /// <summary>
    /// The chronic province has visits but no diagnoses and no doses; the export's Condition and Immunization would be
    /// empty. Once (if absent), set-based: every visit gets its main diagnosis I10 with QĐ 4469's Vietnamese name (the
    /// hypertension registry's visits; the name read from icd10_codes, loaded from data/icd10), and every child born in
    /// the last six years three doses — BCG given here with a lot, hepatitis B at birth given elsewhere (the birth
    /// hospital), OPV 1 at two months given here.
    /// </summary>
    private static async Task EnsureClinicalAsync(string target)
    {
        await using var conn = new NpgsqlConnection(target);
        await conn.OpenAsync();
        var watch = Stopwatch.StartNew();
        await using (var cmd = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM encounter_diagnoses), EXISTS (SELECT 1 FROM immunization_doses)", conn))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            await r.ReadAsync();
            if (r.GetBoolean(0) && r.GetBoolean(1))
            {
                return;
            }
        }

        await Exec(conn, """
            INSERT INTO encounter_diagnoses (id, province_code, org_unit_id, encounter_id, person_id, code, name_vi, is_main)
            SELECT gen_random_uuid(), e.province_code, e.org_unit_id, e.id, e.person_id, 'I10', (SELECT name_vi FROM icd10_codes WHERE code = 'I10'), true
            FROM encounters e WHERE NOT EXISTS (SELECT 1 FROM encounter_diagnoses)
            """);
        await Exec(conn, """
            INSERT INTO immunization_doses (id, province_code, org_unit_id, person_id, vaccine, dose_number, given_on, lot_number, lot_expiry, place, place_text, created_at)
            SELECT gen_random_uuid(), p.province_code, p.org_unit_id, p.id, v.vaccine, v.dose, make_date(p.birth_year, 7, 1) + v.age_days,
                v.lot, CASE WHEN v.lot IS NULL THEN NULL ELSE make_date(p.birth_year + 2, 12, 31) END, v.place, v.place_text,
                make_date(p.birth_year, 7, 1) + v.age_days + time '10:00'
            FROM people p
            CROSS JOIN (VALUES ('BCG', 1, 0, 'BCG-' || 'IVAC-01', 1, NULL), ('HepB-birth', 1, 0, NULL, 2, 'Bệnh viện đa khoa tỉnh'), ('OPV', 1, 60, 'OPV-' || 'POLIO-02', 1, NULL))
                AS v(vaccine, dose, age_days, lot, place, place_text)
            WHERE p.birth_year >= extract(year FROM now())::int - 5 AND make_date(p.birth_year, 7, 1) + v.age_days <= current_date
              AND NOT EXISTS (SELECT 1 FROM immunization_doses)
            """);
        await Exec(conn, "ANALYZE encounter_diagnoses; ANALYZE immunization_doses");
        Console.WriteLine($"Added visit diagnoses and children's doses in {watch.Elapsed.TotalSeconds:N0} s");
    }

    private static async Task<JsonElement> ExportAsync(HttpClient http, string url, Action? sample)
    {
        using var kick = new HttpRequestMessage(HttpMethod.Get, url);
        kick.Headers.Add("Prefer", "respond-async");
        using var response = await http.SendAsync(kick);
        if ((int)response.StatusCode != 202)
        {
            throw new InvalidOperationException($"$export answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var status = response.Content.Headers.ContentLocation ?? new Uri(response.Headers.GetValues("Content-Location").Single());
        while (true)
        {
            sample?.Invoke();
            using var poll = await http.GetAsync(status);
            if ((int)poll.StatusCode == 200)
            {
                return await poll.Content.ReadFromJsonAsync<JsonElement>();
            }

            if ((int)poll.StatusCode != 202)
            {
                throw new InvalidOperationException($"status answered {(int)poll.StatusCode}");
            }

            await Task.Delay(50);
        }
    }
}
