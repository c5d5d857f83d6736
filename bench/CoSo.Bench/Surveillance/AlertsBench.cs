using System.Diagnostics;
using System.Globalization;
using CoSo.Cli.Infrastructure;
using CoSo.Core.Organisation;
using CoSo.Core.Surveillance;
using CoSo.Data;
using CoSo.Data.Common;
using CoSo.Data.Surveillance;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Surveillance;

/// <summary>
/// `surveillance-alerts --database CS [--cases 1000000]`: creates coso_bench_surveillance with 3,321 commune stations
/// (in 333 districts of 34 provinces) and N case reports over 30 diseases and 115 weeks (binary COPY; skewed by
/// disease, commune and season, plus outbreaks), then times the alert job's code (<see cref="AlertService.RunWeeksAsync"/>:
/// grouped counts query + EARS C1/C2/C3 and thresholds in memory + bulk insert) judging 104 weeks for every commune ×
/// disease and district × disease. Baseline in the same run: the bare SQL GROUP BY of the same rows, read to the end.
/// </summary>
public static class AlertsBench
{
    private const string Name = "coso_bench_surveillance";
    private static string BenchDatabase = Name;
    private static int Communes = 3321;
    private const int Provinces = 34;
    private const int CommunesPerDistrict = 10;
    private const int JudgedWeeks = 104;

    // The evaluation day (a Sunday, 2026-W47) and the 104 ISO weeks judged up to it; cases cover 11 earlier weeks too.
    private static readonly DateOnly AsOf = new(2026, 11, 22);

    // 30 diseases of the catalogue with relative frequencies in the spirit of Vietnam's reports: diarrhoea, dengue and
    // hand-foot-mouth dominate; group A almost never occurs.
    private static readonly (string Code, double Weight)[] Diseases =
    [
        ("diarrhoea", 25), ("dengue", 20), ("hand_foot_mouth", 12), ("influenza", 10), ("chickenpox", 6), ("covid19", 6),
        ("mumps", 3), ("viral_hepatitis", 3), ("shigellosis", 2), ("amoebic_dysentery", 2), ("measles", 2), ("malaria", 1),
        ("typhoid", 0.5), ("leptospirosis", 0.5), ("pertussis", 0.5), ("viral_encephalitis", 0.5), ("rubella", 0.3),
        ("japanese_encephalitis", 0.2), ("tetanus", 0.2), ("rabies", 0.1), ("meningococcal", 0.1), ("diphtheria", 0.1),
        ("anthrax", 0.02), ("neonatal_tetanus", 0.01), ("cholera", 0.01), ("influenza_a_h5n1", 0.005), ("polio", 0.001),
        ("plague", 0.001), ("yellow_fever", 0.001), ("sars", 0.001),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        BenchDatabase = DatabaseName(args, Name);
        Communes = IntArg(args, "--communes", 3321, 40);
        var cases = IntArg(args, "--cases", 1_000_000, 300);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = BenchDatabase, CommandTimeout = 1800 }.ConnectionString;
        var catalogue = NotifiableDiseaseCatalogue.LoadDefault();
        foreach (var (code, _) in Diseases)
        {
            _ = catalogue.FindByCode(code) ?? throw new InvalidOperationException($"{code} is not in the catalogue");
        }

        // --keep reuses the database of an earlier run (same seed, same rows) to re-time without reloading; pending
        // migrations are applied to it.
        if (!args.Contains("--keep"))
        {
            await RecreateDatabaseAsync(server);
            var watch = Stopwatch.StartNew();
            await using (var sp = CliHost.Build(target))
            {
                await using var scope = sp.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            }

            var stations = await SeedOrgTreeAsync(target);
            var (loaded, outbreaks) = await LoadCasesAsync(target, stations, cases);
            await SaveOutbreaksAsync(target, outbreaks);
            await ExecAsync(target, "VACUUM ANALYZE case_reports");
            Console.WriteLine($"Migrated, {stations.Count:N0} stations, {loaded:N0} case reports ({outbreaks.Count} outbreaks) loaded in {watch.Elapsed.TotalSeconds:N0} s");
        }
        else
        {
            // A database kept from an earlier build: apply the migrations added since (the cases and outbreaks stay).
            await using var sp = CliHost.Build(target);
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        var planted = await ReadOutbreaksAsync(target);

        var from = AsOf.AddDays(-7 * (JudgedWeeks - 1));
        var firstLoaded = IsoWeek.From(from).AddWeeks(1 - AlertService.WeeksLoaded).Monday;
        var baselineSql = $"SELECT org_unit_id, disease_code, onset_date, count(*) FROM case_reports WHERE classification <> 4 AND onset_date >= '{firstLoaded:yyyy-MM-dd}' AND onset_date <= '{AsOf:yyyy-MM-dd}' GROUP BY org_unit_id, disease_code, onset_date";
        var groups = 0L;
        var baseline = await TimeAsync(3, null, async () => groups = await DrainAsync(target, baselineSql));

        await using var services = CliHost.Build(target, "system:bench");
        AlertRunResult? created = null;
        const string Truncate = "TRUNCATE surveillance_alert_events, surveillance_alert_weeks, surveillance_alerts";
        var full = await TimeAsync(3, () => ExecAsync(target, Truncate), async () =>
        {
            await using var scope = services.CreateAsyncScope();
            created = await scope.ServiceProvider.GetRequiredService<AlertService>().RunWeeksAsync(from, AsOf);
        });
        var byMethod = await MethodCountsAsync(target);
        AlertDetection? detection = null;
        var detect = await TimeAsync(3, null, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            detection = await scope.ServiceProvider.GetRequiredService<AlertService>().DetectWeeksAsync(from, AsOf);
        });
        var detected = detection!.Alerts;
        var found = detected.Count;
        var alertWeeks = detection.AlertWeeks;
        var dailyDetect = await TimeAsync(3, null, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            _ = await scope.ServiceProvider.GetRequiredService<AlertService>().DetectWeeksAsync(AsOf.AddDays(-7), AsOf);
        });
        var query = await TimeAsync(3, null, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var first = IsoWeek.From(from).AddWeeks(1 - AlertService.WeeksLoaded).Monday;
            _ = await scope.ServiceProvider.GetRequiredService<SurveillanceCounts>().DailyByStationAsync(first, AsOf, null, ignoreScope: true);
        });
        var rerun = await TimeAsync(3, null, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            if (!(await scope.ServiceProvider.GetRequiredService<AlertService>().RunWeeksAsync(from, AsOf)).Nothing)
            {
                throw new InvalidOperationException("a second run stored something");
            }
        });
        var daily = await TimeAsync(3, () => ExecAsync(target, Truncate), async () =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AlertService>().RunWeeksAsync(AsOf.AddDays(-7), AsOf);
        });

        // The daily job the morning after, on top of the 103 weeks stored up to last Sunday: most of its weeks continue
        // open alerts. Before each timed run the table is reset to that state (not timed).
        AlertRunResult? next = null;
        var dailyOnStored = await TimeAsync(3, async () =>
        {
            await ExecAsync(target, Truncate);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AlertService>().RunWeeksAsync(from, AsOf.AddDays(-7));
            await ExecAsync(target, "ANALYZE surveillance_alerts, surveillance_alert_weeks");
        }, async () =>
        {
            await using var scope = services.CreateAsyncScope();
            next = await scope.ServiceProvider.GetRequiredService<AlertService>().RunWeeksAsync(AsOf.AddDays(-7), AsOf);
        });

        Console.WriteLine();
        Console.WriteLine($"{groups:N0} (station, disease, day) groups; {created!.Created:N0} alerts ({created.Weeks:N0} signalled weeks) over {JudgedWeeks} weeks ({byMethod})");
        Console.WriteLine("| measure | median (s) | ratio to baseline |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| baseline: bare SQL GROUP BY station, disease, onset day over the window, rows read | {baseline:N2} | 1.0 |");
        Console.WriteLine($"| alert job code, 104 weeks × every commune and district × disease, alerts stored | {full:N2} | {full / baseline:N1} |");
        Console.WriteLine($"| detection only: counts + thresholds + EARS over 104 weeks, {found:N0} alerts ({alertWeeks:N0} signalled weeks) found, not stored (AlertService.DetectWeeksAsync) | {detect:N2} | {detect / baseline:N1} |");
        Console.WriteLine($"| of which: the counts query (EF Core, same GROUP BY, rows materialised) | {query:N2} | {query / baseline:N1} |");
        Console.WriteLine($"| same, second run (idempotent: nothing new to store) | {rerun:N2} | {rerun / baseline:N1} |");
        Console.WriteLine($"| daily job (last week + this week), empty table | {daily:N2} | {daily / baseline:N1} |");
        Console.WriteLine($"| daily job after the 103 previous weeks are stored ({next!.Created:N0} new, {next.Continued:N0} continued, {next.Weeks:N0} weeks) | {dailyOnStored:N2} | {dailyOnStored / baseline:N1} |");

        // Sensitivity on the planted outbreaks: today's rules (the alerts DetectWeeksAsync found) against the rules
        // before issue 16, emulated on the same counts.
        var tree = await TreeAsync(target);
        var firstWeek = IsoWeek.From(from).AddWeeks(1 - AlertService.WeeksLoaded);
        var totalWeeks = JudgedWeeks + AlertService.WeeksLoaded - 1;
        var weekIndex = Enumerable.Range(0, totalWeeks).ToDictionary(i => firstWeek.AddWeeks(i).ToString(), i => i, StringComparer.Ordinal);
        var current = new OutbreakScoring(tree, AlertService.WeeksLoaded - 1, totalWeeks - 1);
        var opened = new OutbreakScoring(tree, AlertService.WeeksLoaded - 1, totalWeeks - 1);
        foreach (var a in detected)
        {
            opened.Add(a.OrgUnitId, a.DiseaseCode, weekIndex[a.Period]);
            foreach (var w in a.WeeklyEvidence)
            {
                current.Add(a.OrgUnitId, a.DiseaseCode, weekIndex[w.Period]);
            }
        }

        var legacy = new OutbreakScoring(tree, AlertService.WeeksLoaded - 1, totalWeeks - 1);
        var legacyAlerts = await LegacyAsync(services, tree, firstWeek.Monday, legacy);
        var previous = new OutbreakScoring(tree, AlertService.WeeksLoaded - 1, totalWeeks - 1);
        var (previousWeeks, previousEvents) = await PreviousAsync(services, tree, firstWeek.Monday, previous, communeStatistics: false);
        var (emulatedWeeks, emulatedEvents) = await PreviousAsync(services, tree, firstWeek.Monday, new OutbreakScoring(tree, AlertService.WeeksLoaded - 1, totalWeeks - 1), communeStatistics: true);
        var scorable = current.Scorable(planted);
        bool HasRule(string code) => catalogue.FindByCode(code)!.AlertRule is not null;
        var now = current.Score(scorable, HasRule, 16);
        var before = legacy.Score(scorable, HasRule, 16);
        var last = previous.Score(scorable, HasRule, 16);
        var newOnly = opened.Score(scorable, HasRule, 16);
        string Row(string rules, int alerts, int weeks, OutbreakScoring.Result r) => string.Create(CultureInfo.InvariantCulture,
            $"| {rules} | {alerts:N0} | {alerts / (double)JudgedWeeks:N0} | {weeks / (double)JudgedWeeks:N0} | {100 * r.Sensitivity:N1} % ({r.Detected:N0} of {r.Outbreaks:N0}) | {r.MedianDelay:N1} | {100.0 * r.Chance / r.Outbreaks:N1} % |");
        Console.WriteLine();
        Console.WriteLine($"{planted.Count:N0} planted outbreaks, {scorable.Count:N0} starting inside the judged weeks (the others start in the 11 weeks of history)");
        Console.WriteLine("| rules | alerts over 104 weeks | alerts per week nationally | alert-weeks per week | sensitivity (alert within 2 weeks of the start) | median delay (weeks) | chance rate |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(Row("before issue 16 (emulated: C1/C2/C3 minSigma 0 + thresholds, commune and district, one alert per method)", legacyAlerts, legacyAlerts, before));
        Console.WriteLine(Row("one alert per area × disease × week, no commune statistics (emulated)", previousWeeks, previousWeeks, last));
        Console.WriteLine(Row("one alert per event + commune C2 for high-volume syndromes (production, DetectWeeksAsync)", found, alertWeeks, now));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emulated with the same rules: {emulatedEvents:N0} events, {emulatedWeeks:N0} alert-weeks (must equal production); one alert per event without commune statistics: {previousEvents:N0} events = {previousEvents / (double)JudgedWeeks:N0} a week"));
        Console.WriteLine($"before: {before.Describe()}");
        Console.WriteLine($"previous: {last.Describe()}");
        Console.WriteLine($"now: {now.Describe()}");
        Console.WriteLine($"now, counting only an alert opened (not continued) within two weeks: {newOnly.Describe()}");
        Console.WriteLine($"alerts now by level: {LevelCounts(detected, tree)}");
        Console.WriteLine($"strict (commune or district only): {current.Score(scorable, HasRule, 16, withProvince: false).Describe()}");
        Console.WriteLine($"strict, before: {legacy.Score(scorable, HasRule, 16, withProvince: false).Describe()}");
        Breakdown(detected, tree);
        Console.WriteLine("| outbreaks (current rules) | outbreaks | detected within 2 weeks | share |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (key, (n, k)) in now.Groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {key} | {n:N0} | {k:N0} | {100.0 * k / n:N1} % |"));
        }

        Console.WriteLine("| disease (current rules) | outbreaks | detected within 2 weeks | previous rules |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var g in scorable.GroupBy(o => o.Disease).OrderByDescending(g => g.Count()))
        {
            var k = g.Count(o => current.FirstAlert(o.Commune, o.Disease, o.StartWeek, o.StartWeek + 1) is not null);
            var p = g.Count(o => previous.FirstAlert(o.Commune, o.Disease, o.StartWeek, o.StartWeek + 1) is not null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {g.Key} | {g.Count():N0} | {k:N0} ({100.0 * k / g.Count():N0} %) | {p:N0} ({100.0 * p / g.Count():N0} %) |"));
        }

        Console.WriteLine($"daily job detection only (DetectWeeksAsync(d − 7, d), not stored): {dailyDetect:N2} s");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}, .NET {Environment.Version}");
        return 0;
    }

    private static async Task<List<(Guid Id, string Province)>> SeedOrgTreeAsync(string target)
    {
        var units = new List<OrgUnit>();
        var departments = Enumerable.Range(0, Provinces).Select(p => Unit($"SYT-{p + 1:00}", $"Sở Y tế {p + 1:00}", OrgUnitKind.ProvincialHealthDepartment, null, $"{p + 1:00}")).ToList();
        units.AddRange(departments);
        var stations = new List<(Guid, string)>();
        var districts = (Communes + CommunesPerDistrict - 1) / CommunesPerDistrict;
        for (var d = 0; d < districts; d++)
        {
            var department = departments[d * Provinces / districts];
            var district = Unit($"TTYT-{d + 1:000}", $"Trung tâm Y tế khu vực {d + 1:000}", OrgUnitKind.RegionalHealthCentre, department, department.ProvinceCode);
            units.Add(district);
            for (var c = d * CommunesPerDistrict; c < Math.Min(Communes, (d + 1) * CommunesPerDistrict); c++)
            {
                var station = Unit($"TYT-{c + 1:00000}", $"Trạm Y tế xã {c + 1:00000}", OrgUnitKind.CommuneHealthStation, district, district.ProvinceCode);
                units.Add(station);
                stations.Add((station.Id, station.ProvinceCode));
            }
        }

        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync("COPY org_units (id, code, name, kind, parent_id, path, depth, province_code, is_active) FROM STDIN (FORMAT BINARY)");
        foreach (var u in units)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(u.Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync(u.Code, NpgsqlDbType.Varchar);
            await writer.WriteAsync(u.Name, NpgsqlDbType.Varchar);
            await writer.WriteAsync((int)u.Kind, NpgsqlDbType.Integer);
            if (u.ParentId is { } parent)
            {
                await writer.WriteAsync(parent, NpgsqlDbType.Uuid);
            }
            else
            {
                await writer.WriteNullAsync();
            }

            await writer.WriteAsync(u.Path, NpgsqlDbType.Varchar);
            await writer.WriteAsync(u.Depth, NpgsqlDbType.Integer);
            await writer.WriteAsync(u.ProvinceCode, NpgsqlDbType.Varchar);
            await writer.WriteAsync(true, NpgsqlDbType.Boolean);
        }

        await writer.CompleteAsync();
        return stations;
    }

    private static OrgUnit Unit(string code, string name, OrgUnitKind kind, OrgUnit? parent, string province)
    {
        var id = Guid.CreateVersion7();
        return new OrgUnit
        {
            Id = id, Code = code, Name = name, Kind = kind, ParentId = parent?.Id, Path = (parent?.Path ?? "/") + id + "/",
            Depth = parent is null ? 0 : parent.Depth + 1, ProvinceCode = province,
        };
    }

    // Cases: a commune's weight is log-normal (population and reporting differ a lot), a disease's from the table
    // above, the week from a yearly seasonal curve per disease; then ~1,500 outbreaks (5–40 cases a week for 3–8
    // weeks in one commune) make up about a sixth of the rows. Most commune × disease series stay sparse.
    private static async Task<(int Rows, List<PlantedOutbreak> Outbreaks)> LoadCasesAsync(string target, List<(Guid Id, string Province)> stations, int total)
    {
        var random = new Random(20261122);
        var weeks = JudgedWeeks + AlertService.WeeksLoaded - 1;
        var firstMonday = IsoWeek.From(AsOf).AddWeeks(1 - weeks).Monday;
        var communeCdf = Cumulative(stations.Select(_ => Math.Exp(0.9 * Gaussian(random))).ToArray());
        var diseaseCdf = Cumulative(Diseases.Select(d => d.Weight).ToArray());
        var seasonCdf = Diseases.Select((_, i) =>
        {
            var phase = random.NextDouble() * 2 * Math.PI;
            return Cumulative(Enumerable.Range(0, weeks).Select(w => 1 + (0.7 * Math.Sin((2 * Math.PI * w / 52.18) + phase))).ToArray());
        }).ToArray();

        var rows = new List<(int Station, int Disease, DateOnly Onset)>(total);
        var outbreaks = new List<PlantedOutbreak>();
        while (rows.Count < total / 6)
        {
            var station = Pick(communeCdf, random);
            var disease = Pick(diseaseCdf, random) % 12; // outbreaks of the twelve common diseases
            var start = random.Next(weeks - 8);
            var length = random.Next(3, 9);
            var peak = random.Next(5, 41);
            var planted = new List<int>();
            for (var w = 0; w < length && rows.Count < total / 6; w++)
            {
                var n = Math.Max(1, (int)(peak * Math.Sin(Math.PI * (w + 0.5) / length)));
                var before = rows.Count;
                for (var k = 0; k < n; k++)
                {
                    rows.Add((station, disease, firstMonday.AddDays((7 * (start + w)) + random.Next(7))));
                }

                planted.Add(rows.Count - before);
            }

            // The last outbreak may be cut short where the sixth of the rows is reached: its length is what was planted.
            outbreaks.Add(new PlantedOutbreak(stations[station].Id, Diseases[disease].Code, start, planted.Count, [.. planted]));
        }

        while (rows.Count < total)
        {
            var disease = Pick(diseaseCdf, random);
            var week = Pick(seasonCdf[disease], random);
            rows.Add((Pick(communeCdf, random), disease, firstMonday.AddDays((7 * week) + random.Next(7))));
        }

        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync("""
            COPY case_reports (province_code, id, org_unit_id, non_resident_name, disease_code, classification, onset_date, diagnosed_at,
                reported_at, reported_late, hospitalised, outcome, version) FROM STDIN (FORMAT BINARY)
            """);
        foreach (var (station, disease, onset) in rows)
        {
            var r = random.NextDouble();
            var classification = r < 0.05 ? 4 : r < 0.45 ? 1 : r < 0.55 ? 2 : 3;
            var diagnosed = new DateTimeOffset(onset.AddDays(random.Next(3)).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
            await writer.StartRowAsync();
            await writer.WriteAsync(stations[station].Province, NpgsqlDbType.Varchar);
            await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await writer.WriteAsync(stations[station].Id, NpgsqlDbType.Uuid);
            await writer.WriteAsync("Bệnh nhân", NpgsqlDbType.Varchar);
            await writer.WriteAsync(Diseases[disease].Code, NpgsqlDbType.Varchar);
            await writer.WriteAsync(classification, NpgsqlDbType.Integer);
            await writer.WriteAsync(onset, NpgsqlDbType.Date);
            await writer.WriteAsync(diagnosed, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(diagnosed.AddHours(3), NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(false, NpgsqlDbType.Boolean);
            await writer.WriteAsync(random.NextDouble() < 0.1, NpgsqlDbType.Boolean);
            await writer.WriteAsync(2, NpgsqlDbType.Integer);
            await writer.WriteAsync(1, NpgsqlDbType.Integer);
        }

        await writer.CompleteAsync();
        return (rows.Count, outbreaks);
    }

    private static double[] Cumulative(double[] weights)
    {
        var sum = 0.0;
        var cdf = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cdf[i] = sum;
        }

        for (var i = 0; i < cdf.Length; i++)
        {
            cdf[i] /= sum;
        }

        return cdf;
    }

    private static int Pick(double[] cdf, Random random)
    {
        var i = Array.BinarySearch(cdf, random.NextDouble());
        return Math.Min(cdf.Length - 1, i < 0 ? ~i : i);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static async Task<string> MethodCountsAsync(string target)
    {
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT method, count(*) FROM surveillance_alerts GROUP BY method ORDER BY method", connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        var parts = new List<string>();
        while (await reader.ReadAsync())
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{reader.GetString(0)} {reader.GetInt64(1):N0}"));
        }

        return string.Join(", ", parts);
    }

    private static async Task<long> DrainAsync(string target, string sql)
    {
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        var n = 0L;
        while (await reader.ReadAsync())
        {
            _ = reader.GetGuid(0);
            _ = reader.GetString(1);
            _ = reader.GetFieldValue<DateOnly>(2);
            _ = reader.GetInt64(3);
            n++;
        }

        return n;
    }

    private static async Task SaveOutbreaksAsync(string target, List<PlantedOutbreak> outbreaks)
    {
        await ExecAsync(target, "CREATE TABLE bench_outbreaks (org_unit_id uuid NOT NULL, disease_code text NOT NULL, start_week int NOT NULL, cases int[] NOT NULL)");
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var writer = await connection.BeginBinaryImportAsync("COPY bench_outbreaks (org_unit_id, disease_code, start_week, cases) FROM STDIN (FORMAT BINARY)");
        foreach (var o in outbreaks)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(o.Commune, NpgsqlDbType.Uuid);
            await writer.WriteAsync(o.Disease, NpgsqlDbType.Text);
            await writer.WriteAsync(o.StartWeek, NpgsqlDbType.Integer);
            await writer.WriteAsync(o.CasesPerWeek, NpgsqlDbType.Array | NpgsqlDbType.Integer);
        }

        await writer.CompleteAsync();
    }

    // The planted outbreaks as the load recorded them (so that --keep scores the same outbreaks); start_week is the
    // index of the outbreak's first ISO week among the 115 loaded weeks.
    private static async Task<List<PlantedOutbreak>> ReadOutbreaksAsync(string target)
    {
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT org_unit_id, disease_code, start_week, cases FROM bench_outbreaks", connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        var list = new List<PlantedOutbreak>();
        while (await reader.ReadAsync())
        {
            var cases = reader.GetFieldValue<int[]>(3);
            list.Add(new PlantedOutbreak(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), cases.Length, cases));
        }

        return list;
    }

    // Each commune station with its district centre and provincial department.
    private static async Task<Dictionary<Guid, (Guid District, Guid Province)>> TreeAsync(string target)
    {
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT s.id, d.id, p.id FROM org_units s JOIN org_units d ON d.id = s.parent_id JOIN org_units p ON p.id = d.parent_id WHERE s.kind = {(int)OrgUnitKind.CommuneHealthStation}", connection);
        await using var reader = await cmd.ExecuteReaderAsync();
        var tree = new Dictionary<Guid, (Guid, Guid)>();
        while (await reader.ReadAsync())
        {
            tree[reader.GetGuid(0)] = (reader.GetGuid(1), reader.GetGuid(2));
        }

        return tree;
    }

    private static string LevelCounts(IEnumerable<CoSo.Core.Surveillance.Alerts.SurveillanceAlert> alerts, Dictionary<Guid, (Guid District, Guid Province)> tree)
    {
        var districts = tree.Values.Select(v => v.District).ToHashSet();
        var provinces = tree.Values.Select(v => v.Province).ToHashSet();
        var byLevel = alerts.GroupBy(a => tree.ContainsKey(a.OrgUnitId) ? "commune" : districts.Contains(a.OrgUnitId) ? "district" : provinces.Contains(a.OrgUnitId) ? "province" : "other")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count():N0}"));
        return string.Join(", ", byLevel);
    }

    // The old rules on the same counts (see OutbreakScoring.Legacy): commune and district series of every disease.
    private static async Task<int> LegacyAsync(ServiceProvider services, Dictionary<Guid, (Guid District, Guid Province)> tree, DateOnly firstMonday, OutbreakScoring scoring)
    {
        await using var scope = services.CreateAsyncScope();
        var daily = await scope.ServiceProvider.GetRequiredService<SurveillanceCounts>().DailyByStationAsync(firstMonday, AsOf, null, ignoreScope: true);
        var catalogue = scope.ServiceProvider.GetRequiredService<NotifiableDiseaseCatalogue>();
        var weeks = JudgedWeeks + AlertService.WeeksLoaded - 1;
        var series = new Dictionary<(Guid, string), (int[] Weekly, SortedDictionary<int, int> Days)>();
        foreach (var (station, code, date, count) in daily)
        {
            foreach (var area in new[] { station, tree[station].District })
            {
                if (!series.TryGetValue((area, code), out var s))
                {
                    series[(area, code)] = s = (new int[weeks], []);
                }

                s.Weekly[(date.DayNumber - firstMonday.DayNumber) / 7] += count;
                s.Days[date.DayNumber] = s.Days.GetValueOrDefault(date.DayNumber) + count;
            }
        }

        var total = 0;
        var buffer = new List<CoSo.Core.Surveillance.Alerts.WeekFinding>();
        foreach (var ((area, code), (weekly, days)) in series)
        {
            var disease = catalogue.FindByCode(code)!;
            total += OutbreakScoring.Legacy(disease, weekly, [.. days.Select(d => new CoSo.Core.Surveillance.Alerts.DailyCount(d.Key, d.Value))], firstMonday.DayNumber, AlertService.WeeksLoaded - 1, area, scoring, buffer);
        }

        return total;
    }

    // Why the volume: alerts (events) per level × disease, their signalled weeks, and how many last more than one week.
    private static void Breakdown(IReadOnlyList<CoSo.Core.Surveillance.Alerts.SurveillanceAlert> alerts, Dictionary<Guid, (Guid District, Guid Province)> tree)
    {
        var districts = tree.Values.Select(v => v.District).ToHashSet();
        var rows = alerts.GroupBy(a => (Level: tree.ContainsKey(a.OrgUnitId) ? "commune" : districts.Contains(a.OrgUnitId) ? "district" : "province", a.DiseaseCode))
            .Select(g => (g.Key.Level, g.Key.DiseaseCode, Count: g.Count(), Weeks: g.Sum(a => a.WeekCount), Longer: g.Count(a => a.WeekCount > 1)))
            .OrderByDescending(r => r.Count).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"alerts lasting more than one week: {alerts.Count(a => a.WeekCount > 1):N0} of {alerts.Count:N0}; signalled weeks per alert {alerts.Sum(a => a.WeekCount) / (double)Math.Max(1, alerts.Count):N2}"));
        Console.WriteLine("| level | disease | alerts | per week | alert-weeks per week | alerts of 2+ weeks |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var r in rows.Take(24))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Level} | {r.DiseaseCode} | {r.Count:N0} | {r.Count / (double)JudgedWeeks:N0} | {r.Weeks / (double)JudgedWeeks:N0} | {r.Longer:N0} |"));
        }
    }

    // The rules of the last measurement (one alert per area × disease × week, communes by fixed thresholds only, districts
    // and provinces by C1–C3) or, with communeStatistics, today's, emulated on the same counts; also merged into events
    // as production merges them. Returns (alert-weeks, events) and adds the weeks to scoring.
    private static async Task<(int Weeks, int Events)> PreviousAsync(ServiceProvider services, Dictionary<Guid, (Guid District, Guid Province)> tree, DateOnly firstMonday, OutbreakScoring scoring, bool communeStatistics)
    {
        await using var scope = services.CreateAsyncScope();
        var daily = await scope.ServiceProvider.GetRequiredService<SurveillanceCounts>().DailyByStationAsync(firstMonday, AsOf, null, ignoreScope: true);
        var catalogue = scope.ServiceProvider.GetRequiredService<NotifiableDiseaseCatalogue>();
        var weeks = JudgedWeeks + AlertService.WeeksLoaded - 1;
        var series = new Dictionary<(Guid, string, bool), (int[] Weekly, SortedDictionary<int, int> Days)>();
        foreach (var (station, code, date, count) in daily)
        {
            foreach (var (area, commune) in new[] { (station, true), (tree[station].District, false), (tree[station].Province, false) })
            {
                if (!series.TryGetValue((area, code, commune), out var s))
                {
                    series[(area, code, commune)] = s = (new int[weeks], []);
                }

                s.Weekly[(date.DayNumber - firstMonday.DayNumber) / 7] += count;
                s.Days[date.DayNumber] = s.Days.GetValueOrDefault(date.DayNumber) + count;
            }
        }

        var (total, events) = (0, 0);
        var buffer = new List<CoSo.Core.Surveillance.Alerts.WeekFinding>();
        foreach (var ((area, code, commune), (weekly, days)) in series)
        {
            var disease = catalogue.FindByCode(code)!;
            if (!communeStatistics)
            {
                disease = disease with { CommuneStatistical = null };
            }

            buffer.Clear();
            CoSo.Core.Surveillance.Alerts.AlertEvaluator.EvaluateWeeks(disease, weekly, [.. days.Select(d => new CoSo.Core.Surveillance.Alerts.DailyCount(d.Key, d.Value))],
                firstMonday.DayNumber, AlertService.WeeksLoaded - 1, buffer, commune ? CoSo.Core.Surveillance.Alerts.AlertLevel.Commune : CoSo.Core.Surveillance.Alerts.AlertLevel.District);
            foreach (var (week, _) in buffer)
            {
                scoring.Add(area, code, week);
            }

            total += buffer.Count;
            var spans = new List<CoSo.Core.Surveillance.Alerts.AlertSpan>();
            CoSo.Core.Surveillance.Alerts.AlertEpisodes.Assign(spans, [.. buffer.Select(b => b.WeekIndex)], disease.AlertContinueWeeks, Guid.NewGuid);
            events += spans.Count;
        }

        return (total, events);
    }

    private static async Task RecreateDatabaseAsync(string server)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {BenchDatabase} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {BenchDatabase}", connection);
        await create.ExecuteNonQueryAsync();
    }

    private static async Task ExecAsync(string target, string sql)
    {
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 1800 };
        await cmd.ExecuteNonQueryAsync();
    }
}
