using System.Diagnostics;
using System.Globalization;
using CoSo.Core.Encounters;
using CoSo.Core.Identity;
using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Common;
using CoSo.Data.Demo;
using CoSo.Data.Encounters;
using CoSo.Data.Indicators;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Indicators;

/// <summary>
/// `indicators --database CS [--residents 1000000] [--stations 100] [--month 2026-10]`: issue 8's speed targets.
/// Builds (once) a province of N residents in its own database <c>coso_bench_indicators</c>: the demo org tree of
/// province 38 with S stations, residents with BHYT cards, health records, a year of visits, hypertension
/// enrolments, staff, facilities and services (set-based SQL). Then times, with the production code:
/// (a) every registered indicator for the month, every station and every roll-up, from scratch
/// (<see cref="IndicatorEngine.RecomputeAllAsync"/> after deleting the month's results);
/// (b) the incremental path after one visit recorded through <see cref="VisitService"/> (dirty mark →
/// <see cref="IndicatorEngine.RecomputeDirtyAsync"/>);
/// (c) the province dashboard read from stored results (<see cref="IndicatorQuery.DashboardAsync"/>, what the page
/// and the API call).
/// Baseline in the same run: one bare SQL aggregate over the residents (count and valid cards per station).
/// </summary>
public static class IndicatorsBench
{
    private const string Name = "coso_bench_indicators";

    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        var residents = IntArg(args, "--residents", 1_000_000, 400);
        var stations = IntArg(args, "--stations", 100, 2);
        var database = DatabaseName(args, Name);
        var month = Period.Parse(Arg(args, "--month") ?? "2026-10");
        var target = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 1800 }.ConnectionString;

        await EnsureDatabaseAsync(server, database, Tiny(args));
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(new SystemActor("bench"));
        services.AddCoSoData(DatabaseSettings.Parse(target));
        await using var sp = services.BuildServiceProvider();

        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            if (!await db.OrgUnits.AnyAsync(u => u.Code == DemoSeeder.DepartmentCode("38")))
            {
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(new DemoOptions { Stations = stations, PeoplePerStation = 0, Today = month.End });
            }
        }

        await using (var conn = new NpgsqlConnection(target))
        {
            await conn.OpenAsync();
            if (await ScalarAsync(conn, "SELECT count(*) FROM people") < residents)
            {
                var watch = Stopwatch.StartNew();
                await GenerateAsync(conn, residents, month);
                Console.WriteLine($"Generated the province in {watch.Elapsed.TotalSeconds:N0} s");
            }

            if (await ScalarAsync(conn, "SELECT count(*) FROM growth_measurements") == 0)
            {
                var watch = Stopwatch.StartNew();
                await GenerateMotherChildAsync(conn, month);
                Console.WriteLine($"Generated the mother-and-child rows in {watch.Elapsed.TotalSeconds:N0} s");
            }

            foreach (var table in new[] { "people", "encounters", "health_record_versions", "chronic_enrolments", "growth_measurements", "vitamin_a_doses",
                "contraceptive_uses", "pregnancies", "antenatal_contacts", "deliveries" })
            {
                Console.WriteLine($"{table}: {await ScalarAsync(conn, $"SELECT count(*) FROM {table}"):N0} rows");
            }
        }

        Guid department;
        int stationCount;
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            department = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.ProvincialHealthDepartment).Select(u => u.Id).FirstAsync();
            stationCount = await db.OrgUnits.CountAsync(u => u.Kind == OrgUnitKind.CommuneHealthStation);
        }

        var date = month.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // A --tiny run times each measure once (it only proves the driver still runs).
        var reps = Tiny(args) ? 1 : 0;
        var baseline = await TimeAsync(reps > 0 ? reps : 3, async () =>
        {
            await using var conn = new NpgsqlConnection(target);
            await conn.OpenAsync();
            await Exec(conn, $"SELECT org_unit_id, count(*), count(*) FILTER (WHERE bhyt_valid_to >= date '{date}') FROM people GROUP BY org_unit_id");
        });

        var written = 0;
        var scratch = await TimeAsync(IntArg(args, "--runs", 3, 1), async () =>
        {
            await using (var conn = new NpgsqlConnection(target))
            {
                await conn.OpenAsync();
                await Exec(conn, "DELETE FROM indicator_results; DELETE FROM indicator_dirty;");
            }

            await using var scope = sp.CreateAsyncScope();
            written = (await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(month)).ResultsWritten;
        });

        var personIds = await SamplePeopleAsync(target, reps > 0 ? 2 : 10);
        var i = 0;
        var incremental = await TimeAsync(personIds.Count, async () =>
        {
            await using (var scope = sp.CreateAsyncScope())
            {
                // Recording the visit is not part of the measure; the recomputation it triggers is.
                await scope.ServiceProvider.GetRequiredService<VisitService>().RecordAsync(personIds[i++], new VisitInput
                {
                    OccurredAt = new DateTimeOffset(month.End.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)),
                    Systolic = 128,
                    Diastolic = 82,
                    Diagnoses = [new DiagnosisInput("Z00.0", true)],
                });
            }
        }, async () =>
        {
            await using var scope = sp.CreateAsyncScope();
            var summary = await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync();
            if (summary.Pairs == 0)
            {
                throw new InvalidOperationException("the visit left no dirty mark");
            }
        });

        var dashboard = await TimeAsync(reps > 0 ? reps : 20, async () =>
        {
            await using var scope = sp.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IndicatorQuery>().DashboardAsync(department, month);
            if (result.Indicators.Count == 0)
            {
                throw new InvalidOperationException("no cards");
            }
        });

        // (d) the page itself: CoSo.Web in-process (TestServer, no network), signed in as the demo provincial manager,
        // GET /chi-tieu for the department and the month — the server-rendered HTML with every card and sub-unit.
        var (page, api) = await TimePageAsync(target, department, month, reps);

        // Where the from-scratch time goes: each source alone over every station (one run each).
        var perSource = new List<(string Code, double Seconds, double OneStation)>();
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var stationIds = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.CommuneHealthStation).Select(u => u.Id).ToListAsync();
            foreach (var source in scope.ServiceProvider.GetRequiredService<IndicatorRegistry>().All.Where(s => s.Definition.DataAvailable))
            {
                // A partial source (a unit's figure only where its stations have data, T11) is computed as the engine does.
                Task ComputeAsync(IReadOnlyCollection<Guid> ids) => source is IPartialIndicatorSource partial
                    ? partial.ComputePartialAsync(db, month.As(source.Definition.PeriodType), ids, CancellationToken.None)
                    : source.ComputeAsync(db, month.As(source.Definition.PeriodType), ids, CancellationToken.None);
                var watch = Stopwatch.StartNew();
                await ComputeAsync(stationIds);
                var all = watch.Elapsed.TotalSeconds;
                watch.Restart();
                await ComputeAsync([stationIds[0]]);
                perSource.Add((source.Definition.Code, all, watch.Elapsed.TotalSeconds));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"{stationCount} stations, {written:N0} results written per full recompute");
        Console.WriteLine("| measure | median (s) | ratio to baseline | target |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| baseline: bare SQL count of residents and valid cards per station | {baseline:N3} | 1.0 | |");
        Console.WriteLine($"| (a) all indicators for {month}, every station and roll-up, from scratch | {scratch:N2} | {scratch / baseline:N1} | 30 s |");
        Console.WriteLine($"| (b) incremental recompute after one visit | {incremental:N3} | {incremental / baseline:N2} | 1 s |");
        Console.WriteLine($"| (c) province dashboard from stored results (IndicatorQuery in-process) | {dashboard:N3} | {dashboard / baseline:N2} | 0.3 s |");
        Console.WriteLine($"| (d) GET /api/v1/indicators/dashboard for the province (HTTP, signed in) | {api:N3} | {api / baseline:N2} | 0.3 s |");
        Console.WriteLine($"| (d) /chi-tieu page for the province in Chromium, navigation to cards and sub-units drawn | {page:N3} | {page / baseline:N2} | 0.3 s |");
        Console.WriteLine();
        Console.WriteLine("| source (one run) | all stations (s) | one station (s) |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (code, seconds, one) in perSource)
        {
            Console.WriteLine($"| {code} | {seconds:N2} | {one:N3} |");
        }

        return 0;
    }

    /// <summary>
    /// CoSo.Web on Kestrel (a real port) over the bench database, signed in as the demo provincial manager: the API call
    /// the page makes, over HTTP, and the page itself in Debian's Chromium — from navigation to the twelve target rows
    /// and the sub-unit table drawn (the page is interactive Blazor Server without prerendering, so the data arrives over
    /// its circuit; there is no meaningful "HTML only" time).
    /// </summary>
    private static async Task<(double Page, double Api)> TimePageAsync(string target, Guid department, Period month, int reps)
    {
        await using var factory = new WebApplicationFactory<CoSo.Web.Infrastructure.Audit.PersonAuditFilter>().WithWebHostBuilder(b =>
        {
            b.UseContentRoot(Path.Combine(RepositoryRoot(), "src", "CoSo.Web"));
            b.UseSetting("COSO_DATABASE", target);
            b.UseSetting("CoSo:Indicators:RecomputeJob", "false");
            b.UseSetting("CoSo:SurveillanceJob", "false");
            b.UseSetting("CoSo:DemoOnEmptyDatabase", "false");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseEnvironment("Development"); // static web assets (blazor.web.js, MudBlazor) are served from the build output only in Development
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var baseUrl = new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");

        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl };
        using (var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "tinh", password = DemoOptions.DemoPassword }))
        {
            login.EnsureSuccessStatusCode();
        }

        var api = await TimeAsync(reps > 0 ? reps : 20, async () =>
        {
            using var response = await client.GetAsync($"/api/v1/indicators/dashboard?orgUnitId={department}&period={month}");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
        });

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(30000);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync("/dang-nhap");
        await tab.Locator("[data-testid='signin-user']").FillAsync("tinh");
        await tab.Locator("[data-testid='signin-password']").FillAsync(DemoOptions.DemoPassword);
        await tab.Locator("[data-testid='signin-submit']").ClickAsync();
        await tab.WaitForURLAsync(url => !url.Contains("dang-nhap", StringComparison.Ordinal));
        var page = await TimeAsync(reps > 0 ? reps : 10, async () =>
        {
            await tab.GotoAsync($"/chi-tieu?unit={department}&period={month}");
            await tab.Locator("[data-testid='indicator-T12']").WaitForAsync();
            await tab.Locator("[data-testid='indicator-subunits']").WaitForAsync();
        });
        return (page, api);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoSo.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }

    /// <summary>Set-based generation of a province (PostgreSQL only), deterministic enough for timing (random()).</summary>
    private static async Task GenerateAsync(NpgsqlConnection conn, int residents, Period month)
    {
        var end = month.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Exec(conn, """
            CREATE TEMP TABLE bench_villages AS
            SELECT row_number() OVER (ORDER BY v.code) - 1 AS n, v.id AS village_id, v.parent_id AS station_id, v.admin_unit_code AS commune
            FROM org_units v JOIN org_units s ON s.id = v.parent_id AND s.kind = 20 WHERE v.kind = 10;
            """.Replace("kind = 20", $"kind = {(int)OrgUnitKind.CommuneHealthStation}", StringComparison.Ordinal)
               .Replace("kind = 10", $"kind = {(int)OrgUnitKind.Village}", StringComparison.Ordinal));
        await Exec(conn, $"""
            INSERT INTO people (id, province_code, org_unit_id, village_id, commune_code, cccd, full_name, name_key, birth_date, birth_year, sex,
                phone, bhyt_number, bhyt_valid_from, bhyt_valid_to, is_deceased, deceased_on, moved_away, moved_away_on,
                needs_duplicate_review, created_at, updated_at, version)
            SELECT gen_random_uuid(), '38', v.station_id, v.village_id, v.commune, '038' || lpad(x.g::text, 9, '0'),
                'Nguyễn Văn ' || x.g, 'nguyen van ' || x.g, b.birth, extract(year FROM b.birth)::int, 1 + (x.g % 2),
                '09' || lpad(x.g::text, 8, '0'),
                CASE WHEN random() < 0.93 THEN 'GD4' || '38' || lpad(x.g::text, 10, '0') END,
                date '2026-01-01', CASE WHEN random() < 0.95 THEN date '2026-12-31' ELSE date '2026-06-30' END,
                d.dead, CASE WHEN d.dead THEN date '2026-01-01' + (random() * 300)::int END,
                m.moved, CASE WHEN m.moved THEN date '2026-01-01' + (random() * 300)::int END,
                false, now(), now(), 1
            -- random() in a subquery's select list is drawn per row (a LATERAL subquery that does not reference the
            -- outer row is evaluated once: every resident would share one birth date).
            FROM (SELECT g, date '{end}' - (random() * 32000)::int AS birth, random() < 0.006 AS dead, random() < 0.01 AS moved
                  FROM generate_series(1, {residents}) g) x
            JOIN bench_villages v ON v.n = x.g % (SELECT count(*) FROM bench_villages)
            CROSS JOIN LATERAL (SELECT x.birth) b
            CROSS JOIN LATERAL (SELECT x.dead) d
            CROSS JOIN LATERAL (SELECT x.moved) m;
            """);
        await Exec(conn, """
            INSERT INTO health_record_versions (id, province_code, org_unit_id, person_id, version_no, recorded_at, tobacco, alcohol,
                family_hypertension, family_diabetes)
            SELECT gen_random_uuid(), p.province_code, p.org_unit_id, p.id, 1, timestamptz '2025-06-01' + random() * interval '400 days',
                (random() * 2.2)::int, (random() * 2.2)::int, random() < 0.2, random() < 0.1
            FROM people p WHERE random() < 0.82;
            """);
        await Exec(conn, $"""
            INSERT INTO encounters (id, province_code, org_unit_id, facility_id, person_id, occurred_at, visit_date,
                systolic, diastolic, disposition, bhyt_covered, purpose, created_at, version)
            SELECT gen_random_uuid(), p.province_code, p.org_unit_id, p.org_unit_id, p.id, x.ts, (x.ts AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                105 + (random() * 70)::int, 65 + (random() * 35)::int, 1, random() < 0.85, 0, now(), 1
            FROM (SELECT p.*, timestamptz '{end}' - random() * interval '365 days' AS ts FROM people p WHERE random() < 0.9) p
            CROSS JOIN LATERAL (SELECT p.ts) x;
            """);
        await Exec(conn, $"""
            INSERT INTO chronic_enrolments (id, province_code, org_unit_id, person_id, programme, status, registered_on,
                baseline_systolic, baseline_diastolic, protocol_code, protocol_step, next_appointment, call_attempts, created_at, version)
            SELECT gen_random_uuid(), p.province_code, p.org_unit_id, p.id, 1, 1, date '2024-01-01' + (random() * 600)::int,
                150, 95, 'HTN', 1, date '{end}' + (random() * 60)::int - 30, 0, now(), 1
            FROM people p WHERE p.birth_year <= 1986 AND random() < 0.2;
            """);

        // Workforce and facilities: a doctor, a nurse and a midwife per station (most), a health worker per village.
        await Exec(conn, """
            INSERT INTO staff_members (id, province_code, org_unit_id, cccd, full_name, sex, birth_date, cadre, employment_type, training_months, is_active, created_at)
            SELECT gen_random_uuid(), '38', s.id, '038' || lpad((900000000 + row_number() OVER ())::text, 9, '0'), 'Cán bộ ' || c.cadre, 2,
                date '1985-01-01', c.cadre, CASE WHEN random() < 0.8 THEN 1 ELSE 2 END, NULL, true, now()
            FROM org_units s CROSS JOIN (VALUES (1), (7), (8)) c(cadre) WHERE s.kind = 20 AND random() < 0.85;
            INSERT INTO staff_members (id, province_code, org_unit_id, cccd, full_name, sex, birth_date, cadre, employment_type, training_months, is_active, created_at)
            SELECT gen_random_uuid(), '38', v.id, '038' || lpad((950000000 + row_number() OVER ())::text, 9, '0'), 'NVYTTB', 2,
                date '1990-01-01', 12, 2, CASE WHEN random() < 0.7 THEN 6 ELSE 3 END, true, now()
            FROM org_units v WHERE v.kind = 10;
            INSERT INTO staff_postings (id, staff_id, org_unit_id, kind, start)
            SELECT gen_random_uuid(), m.id, m.org_unit_id, 1, date '2020-01-01' FROM staff_members m;
            INSERT INTO staff_training (id, staff_id, course, start, "end", hours)
            SELECT gen_random_uuid(), m.id, 'CME ' || y, make_date(y, 3, 1), make_date(y, 3, 10), (random() * 40)::int
            FROM staff_members m CROSS JOIN generate_series(2021, 2026) y WHERE m.cadre <> 12;
            INSERT INTO station_facilities (org_unit_id, building_condition, rooms, clean_water, electricity, internet, bhyt_eligible, bhyt_contract_start, updated_at)
            SELECT s.id, 1 + (random() * 2)::int, 8, random() < 0.9, true, random() < 0.8, random() < 0.95, date '2025-01-01', now()
            FROM org_units s WHERE s.kind = 20
            ON CONFLICT DO NOTHING; -- the demo seeder writes the facilities of its stations
            INSERT INTO station_equipment (id, org_unit_id, name, quantity, condition, received_on)
            SELECT gen_random_uuid(), s.id, 'Máy đo huyết áp', 2, 1, date '2024-05-01' FROM org_units s WHERE s.kind = 20;
            """.Replace("kind = 20", $"kind = {(int)OrgUnitKind.CommuneHealthStation}", StringComparison.Ordinal)
               .Replace("kind = 10", $"kind = {(int)OrgUnitKind.Village}", StringComparison.Ordinal));
        await Exec(conn, "ANALYZE;");
    }

    /// <summary>
    /// The mother-and-child programme's rows (issue 17): every child under 5 measured at the June survey (90 %) and the
    /// under-2s monthly since January (75 %), z-scores drawn around Vietnam's survey means (HAZ −0.9, WAZ −0.7,
    /// WHZ −0.2) with their classes; vitamin A in June to the 6–36-month-olds (90 %); a contraceptive method for 55 % of
    /// the women 15–49; open pregnancies for 1.2 % of the women 18–42 and, for 1.5 %, a pregnancy delivered in 2026 with
    /// four antenatal contacts (85 % each) and a live birth (1 % stillbirths).
    /// </summary>
    private static async Task GenerateMotherChildAsync(NpgsqlConnection conn, Period month)
    {
        var end = month.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Exec(conn, $"""
            INSERT INTO growth_measurements (id, province_code, org_unit_id, person_id, measured_on, age_days, weight_kg, length_cm, position,
                oedema, occasion, waz, haz, whz, flags, weight_for_age, length_for_age, weight_for_length, severe_acute_malnutrition, created_at)
            SELECT gen_random_uuid(), z.province_code, z.org_unit_id, z.id, z.day, z.day - z.birth_date, 9.0, 75.0, CASE WHEN z.day - z.birth_date < 731 THEN 1 ELSE 2 END,
                false, z.occ, round(z.waz::numeric, 2), round(z.haz::numeric, 2), round(z.whz::numeric, 2), 0,
                CASE WHEN z.waz < -3 THEN 2 WHEN z.waz < -2 THEN 1 ELSE 0 END, CASE WHEN z.haz < -3 THEN 2 WHEN z.haz < -2 THEN 1 ELSE 0 END,
                CASE WHEN z.whz < -3 THEN 2 WHEN z.whz < -2 THEN 1 WHEN z.whz > 3 THEN 4 WHEN z.whz > 2 THEN 3 ELSE 0 END, z.whz < -3, now()
            FROM (SELECT p.id, p.province_code, p.org_unit_id, p.birth_date, d.day, d.occ,
                         (random() + random() + random() - 1.5) * 2.2 - 0.9 AS haz, (random() + random() + random() - 1.5) * 2.0 - 0.7 AS waz,
                         (random() + random() + random() - 1.5) * 1.9 - 0.2 AS whz
                  FROM people p
                  CROSS JOIN LATERAL (
                      SELECT date '2026-06-01' AS day, 3 AS occ WHERE random() < 0.9 + 0 * extract(day FROM p.birth_date)
                      UNION ALL
                      SELECT g::date, 1 FROM generate_series(timestamp '2026-01-10', timestamp '{end}', interval '1 month') g
                      WHERE p.birth_date > date '{end}' - 730 AND random() < 0.75 + 0 * extract(day FROM p.birth_date)) d
                  WHERE p.birth_date > date '{end}' - 1826 AND d.day >= p.birth_date + 14 AND d.day <= date '{end}') z;
            """);
        await Exec(conn, """
            INSERT INTO vitamin_a_doses (id, province_code, org_unit_id, person_id, given_on, dose_iu, created_at)
            SELECT gen_random_uuid(), p.province_code, p.org_unit_id, p.id, date '2026-06-02',
                CASE WHEN p.birth_date > date '2026-06-02' - interval '12 months' THEN 100000 ELSE 200000 END, now()
            FROM people p
            WHERE p.birth_date <= date '2026-06-02' - interval '6 months' AND p.birth_date > date '2026-06-02' - interval '37 months' AND random() < 0.9;
            """);
        await Exec(conn, $"""
            INSERT INTO contraceptive_uses (id, province_code, org_unit_id, person_id, method, started_on, from_station, last_supply_on, last_supply_quantity,
                next_supply_due, created_at, version)
            SELECT gen_random_uuid(), x.province_code, x.org_unit_id, x.id, x.method, x.started, x.method <> 8, x.started, 1,
                CASE WHEN x.method IN (1, 2, 5) THEN x.started + 90 END, now(), 1
            FROM (SELECT p.*, 1 + (random() * 7.99)::int % 8 AS method, date '{end}' - (random() * 900)::int AS started FROM people p
                  WHERE p.sex = 2 AND p.birth_year BETWEEN 2026 - 49 AND 2026 - 15 AND random() < 0.55) x;
            """);
        await Exec(conn, $"""
            CREATE TEMP TABLE bench_pregnancies AS
            SELECT gen_random_uuid() AS id, p.id AS person_id, p.province_code, p.org_unit_id, x.delivered,
                CASE WHEN x.delivered THEN date '2026-01-01' + (random() * (date '{end}' - date '2026-01-01'))::int END AS delivery_date,
                date '{end}' - (random() * 270)::int AS open_lmp
            FROM people p CROSS JOIN LATERAL (SELECT random() AS r, p.id AS pid) y
            CROSS JOIN LATERAL (SELECT y.r < 0.015 AS delivered) x
            WHERE p.sex = 2 AND p.birth_year BETWEEN 2026 - 42 AND 2026 - 18 AND y.r < 0.027 AND NOT p.is_deceased;
            INSERT INTO pregnancies (id, province_code, org_unit_id, person_id, status, first_contact_date, last_menstrual_period, gravida, term_births, preterm_births,
                abortions, living_children, previous_caesarean, hypertension, diabetes, anaemia, hiv_status, syphilis_status, hepatitis_b_status, confirmed_on, ended_on,
                call_attempts, created_at, updated_at, version)
            SELECT b.id, b.province_code, b.org_unit_id, b.person_id, CASE WHEN b.delivered THEN 3 ELSE 2 END, l.lmp + 60, l.lmp, 2, 1, 0, 0, 1, false, false, false, false,
                1, 1, 1, l.lmp + 60, b.delivery_date, 0, now(), now(), 1
            FROM bench_pregnancies b CROSS JOIN LATERAL (SELECT CASE WHEN b.delivered THEN b.delivery_date - 275 ELSE b.open_lmp END AS lmp) l;
            INSERT INTO antenatal_contacts (id, province_code, org_unit_id, person_id, pregnancy_id, contact_date, weight_kg, systolic, diastolic, proteinuria,
                hiv_test, syphilis_test, hbs_ag_test, iron_folic_tablets, created_at)
            SELECT gen_random_uuid(), g.province_code, g.org_unit_id, g.person_id, g.id, g.last_menstrual_period + c.day, 55, 110, 70, 1, 0, 0, 0, 30, now()
            FROM pregnancies g CROSS JOIN (VALUES (70), (175), (230), (258)) c(day)
            WHERE g.last_menstrual_period + c.day <= coalesce(g.ended_on, date '{end}') AND random() < 0.85;
            INSERT INTO deliveries (id, province_code, org_unit_id, person_id, pregnancy_id, delivery_date, place, attendant, mode, complications, referred,
                maternal_death, created_at, version)
            SELECT gen_random_uuid(), b.province_code, b.org_unit_id, b.person_id, b.id, b.delivery_date, CASE WHEN random() < 0.3 THEN 3 ELSE 4 END,
                CASE WHEN random() < 0.97 THEN 2 ELSE 6 END, 1, 0, false, false, now(), 1
            FROM bench_pregnancies b WHERE b.delivered;
            INSERT INTO birth_outcomes (id, province_code, org_unit_id, person_id, delivery_id, birth_order, kind, sex, birth_weight_grams)
            SELECT gen_random_uuid(), d.province_code, d.org_unit_id, d.person_id, d.id, 1, CASE WHEN random() < 0.01 THEN 2 ELSE 1 END, 1 + (random() * 0.99)::int % 2,
                2500 + (random() * 1500)::int
            FROM deliveries d;
            ANALYZE;
            """);
    }

    private static async Task<List<Guid>> SamplePeopleAsync(string target, int count)
    {
        await using var conn = new NpgsqlConnection(target);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT id FROM people WHERE NOT is_deceased AND NOT moved_away ORDER BY md5(id::text) LIMIT {count}", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    /// <summary>Creates the database once (later runs reuse it); a --tiny run starts from an empty one each time.</summary>
    private static async Task EnsureDatabaseAsync(string server, string database, bool recreate)
    {
        await using var conn = new NpgsqlConnection(server);
        await conn.OpenAsync();
        if (recreate)
        {
            await Exec(conn, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }

        if (await ScalarAsync(conn, $"SELECT count(*) FROM pg_database WHERE datname = '{database}'") == 0)
        {
            await Exec(conn, $"CREATE DATABASE {database}");
        }
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
