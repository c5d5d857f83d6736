using System.Diagnostics;
using CoSo.Cli.Infrastructure;
using CoSo.Data.Common;
using CoSo.Data.Demo;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Chronic;

/// <summary>
/// Builds coso_bench_chronic: the demo org tree with a realistic number of stations (100 by default, as a
/// 1,000,000-resident province has), residents spread evenly over the stations and their villages, then hypertension
/// enrolments and visits, all with set-based SQL. Residents carry only what the chronic queries read.
/// </summary>
internal static class ChronicBenchData
{
    private const string Name = "coso_bench_chronic";

    /// <summary>coso_bench_chronic, or coso_bench_chronic_tiny under --tiny (<see cref="Use"/>).</summary>
    public static string Database { get; private set; } = Name;

    public static void Use(string[] args) => Database = DatabaseName(args, Name);

    /// <summary>The province's size from the command line; --tiny: 10 stations, 600 residents, 300 enrolments, 2 visits each.</summary>
    public static (int Stations, int Residents, int Patients, int VisitsPerPatient) Sizes(string[] args) =>
        (IntArg(args, "--stations", 100, 10), IntArg(args, "--residents", 1_000_000, 600), IntArg(args, "--patients", 150_000, 300), IntArg(args, "--visits-per-patient", 13, 2));

    /// <summary>Reuses the database when it already holds the requested shape (generation takes minutes).</summary>
    public static async Task EnsureAsync(string server, string target, int stations, int residents, int patients, int perPatient, bool recreate)
    {
        if (!recreate && await ShapeAsync(target) == (stations, residents, patients))
        {
            // Pending migrations (e.g. a new index) still apply to the data already generated.
            await using var sp = CliHost.Build(target);
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            Console.WriteLine($"Reusing {Database}: {stations} stations, {residents:N0} residents, {patients:N0} enrolments");
            return;
        }

        var watch = Stopwatch.StartNew();
        await using (var conn = new NpgsqlConnection(server))
        {
            await conn.OpenAsync();
            await Exec(conn, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
            await Exec(conn, $"CREATE DATABASE {Database}");
        }

        // The shape check may have left a pooled connection to the dropped database.
        NpgsqlConnection.ClearAllPools();

        await using (var sp = CliHost.Build(target))
        {
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
            await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(new DemoOptions { Stations = stations, PeoplePerStation = 0 });
        }

        await using (var conn = new NpgsqlConnection(target))
        {
            await conn.OpenAsync();
            // Resident g lives at station g % stations, in one of that station's villages.
            await Exec(conn, $"""
                WITH s AS (SELECT id, admin_unit_code, province_code, row_number() OVER (ORDER BY code) - 1 AS sn
                           FROM org_units WHERE kind = {(int)Core.Organisation.OrgUnitKind.CommuneHealthStation}),
                     v AS (SELECT id, parent_id, row_number() OVER (PARTITION BY parent_id ORDER BY code) - 1 AS vn,
                                  count(*) OVER (PARTITION BY parent_id) AS vc
                           FROM org_units WHERE kind = {(int)Core.Organisation.OrgUnitKind.Village})
                INSERT INTO people (id, province_code, org_unit_id, village_id, commune_code, full_name, name_key, birth_year, sex, phone,
                    is_deceased, moved_away, needs_duplicate_review, created_at, updated_at, version)
                SELECT gen_random_uuid(), s.province_code, s.id, v.id, s.admin_unit_code, 'Người dân ' || g, 'nguoi dan ' || g,
                    1930 + (g::bigint * 7919) % 96, 1 + g % 2, '09' || lpad(g::text, 8, '0'), false, false, false, now(), now(), 1
                FROM generate_series(0, {residents - 1}) g
                JOIN s ON s.sn = g % {stations}
                JOIN v ON v.parent_id = s.id AND v.vn = (g / {stations}) % v.vc
                """);
            await Exec(conn, $"""
                INSERT INTO chronic_enrolments (id, province_code, org_unit_id, person_id, programme, status, registered_on,
                    baseline_systolic, baseline_diastolic, protocol_code, protocol_step, next_appointment, call_attempts, created_at, version)
                SELECT gen_random_uuid(), p.province_code, p.org_unit_id, p.id, 1, 1, date '2024-01-01' + (random() * 900)::int,
                    150, 95, 'HTN', 1, date '2026-10-01' + (random() * 90)::int, 0, now(), 1
                FROM people p WHERE p.birth_year <= 1986 ORDER BY md5(p.id::text) LIMIT {patients}
                """);
            await Exec(conn, $"""
                INSERT INTO encounters (id, province_code, org_unit_id, facility_id, person_id, occurred_at, visit_date,
                    systolic, diastolic, disposition, bhyt_covered, purpose, created_at, version)
                SELECT gen_random_uuid(), e.province_code, e.org_unit_id, e.org_unit_id, e.person_id, x.ts, (x.ts AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                    110 + (random() * 80)::int, 65 + (random() * 50)::int, 2, true, 0, now(), 1
                FROM chronic_enrolments e CROSS JOIN generate_series(1, {perPatient}) g
                CROSS JOIN LATERAL (SELECT timestamptz '2025-05-01' + (random() * 560 + g * 0) * interval '1 day' AS ts) x
                """);
            await Exec(conn, "ANALYZE");
        }

        Console.WriteLine($"Generated {stations} stations, {residents:N0} residents, {patients:N0} enrolments, {patients * perPatient:N0} visits in {watch.Elapsed.TotalSeconds:N0} s");
    }

    private static async Task<(int, int, int)> ShapeAsync(string target)
    {
        try
        {
            await using var conn = new NpgsqlConnection(target);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(
                $"SELECT (SELECT count(*) FROM org_units WHERE kind = {(int)Core.Organisation.OrgUnitKind.CommuneHealthStation}), (SELECT count(*) FROM people), (SELECT count(*) FROM chronic_enrolments)", conn);
            await using var r = await cmd.ExecuteReaderAsync();
            await r.ReadAsync();
            return ((int)r.GetInt64(0), (int)r.GetInt64(1), (int)r.GetInt64(2));
        }
        catch (PostgresException)
        {
            return default;
        }
    }
}
