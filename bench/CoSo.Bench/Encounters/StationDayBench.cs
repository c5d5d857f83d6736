using System.Diagnostics;
using CoSo.Bench.Chronic;
using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Encounters;
using CoSo.Data.Pharmacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Encounters;

/// <summary>
/// `station-day --database CS [--visits 300] [--history-months 6] [--movements-per-month 6000]`: on the 1,000,000-resident
/// province of the chronic bench (<see cref="ChronicBenchData"/>, 100 stations), as one station's staff:
/// (1) the server time of a visit saved with a diagnosis, a formulary line dispensed from stock (first expiry first) and
/// the chronic follow-up it is — VisitService.RecordAsync, the code the page and the API call — against a baseline of
/// the same rows written by bare SQL in one transaction; (2) the monthly stock report of the station over a ledger of
/// several months, against the bare SQL grouping of the same ledger.
/// </summary>
public static class StationDayBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        ChronicBenchData.Use(args);
        var visits = IntArg(args, "--visits", 300, 10);
        var months = IntArg(args, "--history-months", 6, 1);
        var perMonth = IntArg(args, "--movements-per-month", 6000, 50);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = ChronicBenchData.Database, CommandTimeout = 1800 }.ConnectionString;
        // The chronic bench's province (built here if that bench has not run); --tiny reuses the tiny one chronic made.
        var (stations, residents, enrolments, perPatient) = ChronicBenchData.Sizes(args);
        await ChronicBenchData.EnsureAsync(server, target, stations, residents, enrolments, perPatient, recreate: false);

        var actor = new BenchActor();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(actor);
        services.AddCoSoData(DatabaseSettings.Parse(target));
        await using var sp = services.BuildServiceProvider();

        OrgUnit station;
        AccessScope stationScope;
        List<(Guid Id, string Province)> patients;
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var all = await db.OrgUnits.AsNoTracking().ToListAsync();
            var ordered = all.Where(u => u.Kind == OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
            station = ordered[Math.Min(37, ordered.Count - 1)]; // the 38th station of the 100 (the last one of a tiny province)
            stationScope = AccessScope.FromUnits([station], all);
            var sid = station.Id;
            patients = (await db.Set<ChronicEnrolment>().AsNoTracking().Where(e => e.OrgUnitId == sid && e.Status == EnrolmentStatus.Active)
                .OrderBy(e => e.Id).Take(visits + 10).Select(e => new { e.PersonId, e.ProvinceCode }).ToListAsync()).Select(p => (p.PersonId, p.ProvinceCode)).ToList();
            // Enough amlodipine for every visit of the run, in three lots.
            var stock = scope.ServiceProvider.GetRequiredService<StockService>();
            var today = VietnamClock.Today(TimeProvider.System);
            for (var i = 0; i < 3; i++)
            {
                await stock.ReceiveAsync(new ReceiveInput("AMLO5", $"BENCH{Guid.NewGuid():N}"[..16], today.AddMonths(12 + (6 * i)), 20 * visits, 420) { StationId = sid });
            }
        }

        Console.WriteLine($"Station {station.Code}: {patients.Count} enrolled patients timed, scope of {stationScope.UnitIds.Length} units");
        actor.Scope = stationScope;
        var save = new List<double>();
        for (var i = 0; i < patients.Count; i++)
        {
            var (personId, _) = patients[i];
            await using var scope = sp.CreateAsyncScope();
            var svc = scope.ServiceProvider.GetRequiredService<VisitService>();
            var watch = Stopwatch.StartNew();
            await svc.RecordAsync(personId, new VisitInput
            {
                FacilityId = station.Id, Systolic = 142, Diastolic = 88, TemperatureC = 36.8m, WeightKg = 58.5m, Diagnoses = [new DiagnosisInput("I10", true)],
                Prescriptions = [new PrescriptionInput(string.Empty, null, null, 0, 30) { DrugCode = "AMLO5", DosePerTake = 1, TimesPerDay = 1, Dispense = true }],
            });
            if (i >= 10)
            {
                save.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var bare = await BareVisitWritesAsync(target, station, patients.Skip(10).Select(p => p.Id).ToList());
        await ReportHistoryAsync(target, station, months, perMonth);
        var month = VietnamClock.Today(TimeProvider.System);
        var reportTimes = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            await using var scope = sp.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            var report = await scope.ServiceProvider.GetRequiredService<StockReportService>().MonthAsync(station.Id, month.Year, month.Month);
            if (i > 0)
            {
                reportTimes.Add(watch.Elapsed.TotalMilliseconds);
            }

            if (report.Rows.Count == 0)
            {
                throw new InvalidOperationException("empty stock report");
            }
        }

        var bareReport = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            await using var conn = new NpgsqlConnection(target);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                SELECT lot_id, sum(CASE WHEN on_date < @start THEN quantity ELSE 0 END), sum(CASE WHEN on_date >= @start AND quantity > 0 THEN quantity ELSE 0 END),
                       sum(CASE WHEN on_date >= @start AND kind = 2 THEN -quantity ELSE 0 END), sum(CASE WHEN on_date >= @start AND quantity < 0 AND kind <> 2 THEN -quantity ELSE 0 END)
                FROM stock_movements WHERE station_id = @s AND on_date < @next GROUP BY lot_id
                """, conn);
            cmd.Parameters.AddWithValue("s", station.Id);
            cmd.Parameters.AddWithValue("start", new DateOnly(month.Year, month.Month, 1));
            cmd.Parameters.AddWithValue("next", new DateOnly(month.Year, month.Month, 1).AddMonths(1));
            var watch = Stopwatch.StartNew();
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
            }

            if (i > 0)
            {
                bareReport.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        long ledger;
        await using (var conn = new NpgsqlConnection(target))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT count(*) FROM stock_movements WHERE station_id = @s", conn);
            cmd.Parameters.AddWithValue("s", station.Id);
            ledger = (long)(await cmd.ExecuteScalarAsync())!;
        }

        Console.WriteLine();
        Console.WriteLine("| measure | p50 (ms) | p95 (ms) | max (ms) | ratio p95 to baseline p95 |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine($"| baseline: the visit's rows by bare SQL, one transaction ({bare.Count} visits) | {P(bare, 50):N1} | {P(bare, 95):N1} | {bare.Max():N1} | 1.0 |");
        Console.WriteLine($"| visit + I10 + amlodipine dispensed FEFO + chronic follow-up (VisitService, {save.Count} visits) | {P(save, 50):N1} | {P(save, 95):N1} | {save.Max():N1} | {P(save, 95) / P(bare, 95):N1} |");
        Console.WriteLine($"| baseline: bare SQL grouping of the station's ledger ({ledger:N0} movements) | {P(bareReport, 50):N1} | {P(bareReport, 95):N1} | {bareReport.Max():N1} | 1.0 |");
        Console.WriteLine($"| monthly stock report (StockReportService) | {P(reportTimes, 50):N1} | {P(reportTimes, 95):N1} | {reportTimes.Max():N1} | {P(reportTimes, 95) / P(bareReport, 95):N1} |");
        return 0;
    }

    /// <summary>The same rows a visit writes (visit, diagnosis, prescription line, ledger line, lot update, audit), by hand.</summary>
    private static async Task<List<double>> BareVisitWritesAsync(string target, OrgUnit station, List<Guid> people)
    {
        var times = new List<double>();
        await using var conn = new NpgsqlConnection(target);
        await conn.OpenAsync();
        Guid lot;
        await using (var find = new NpgsqlCommand("SELECT id FROM stock_lots WHERE station_id = @s AND drug_code = 'AMLO5' ORDER BY expiry_date DESC LIMIT 1", conn))
        {
            find.Parameters.AddWithValue("s", station.Id);
            lot = (Guid)(await find.ExecuteScalarAsync())!;
        }

        foreach (var person in people)
        {
            var watch = Stopwatch.StartNew();
            await using var tx = await conn.BeginTransactionAsync();
            var id = Guid.CreateVersion7();
            var line = Guid.CreateVersion7();
            await using var cmd = new NpgsqlCommand("""
                INSERT INTO encounters (id, province_code, org_unit_id, facility_id, person_id, occurred_at, visit_date, systolic, diastolic, temperature_c, weight_kg, disposition, bhyt_covered, bhyt_benefit_percent, voided, purpose, created_at, version)
                VALUES (@id, @p, @s, @s, @person, now(), current_date, 142, 88, 36.8, 58.5, 1, true, 100, false, 0, now(), 1);
                INSERT INTO encounter_diagnoses (id, province_code, org_unit_id, encounter_id, person_id, code, name_vi, is_main) VALUES (@d, @p, @s, @id, @person, 'I10', 'Bệnh lý tăng huyết áp', true);
                INSERT INTO prescription_lines (id, province_code, org_unit_id, encounter_id, person_id, drug, quantity, days, drug_code, dispensed_quantity, bhyt_covered, dispensed_value)
                VALUES (@line, @p, @s, @id, @person, 'Amlodipin', 30, 30, 'AMLO5', 30, true, 12600);
                INSERT INTO stock_movements (id, province_code, station_id, lot_id, drug_code, kind, quantity, unit_price, on_date, occurred_at, encounter_id, prescription_line_id)
                VALUES (@m, @p, @s, @lot, 'AMLO5', 2, -30, 420, current_date, now(), @id, @line);
                UPDATE stock_lots SET quantity = quantity - 30, version = version + 1 WHERE province_code = @p AND id = @lot AND quantity >= 30;
                INSERT INTO audit_entries (id, at, user_name, action, entity_type, entity_id, person_id, province_code) VALUES (@a, now(), 'bench', 'create', 'Encounter', @id, @person, @p);
                """, conn, tx);
            cmd.Parameters.AddWithValue("id", id);
            cmd.Parameters.AddWithValue("d", Guid.CreateVersion7());
            cmd.Parameters.AddWithValue("line", line);
            cmd.Parameters.AddWithValue("m", Guid.CreateVersion7());
            cmd.Parameters.AddWithValue("a", Guid.CreateVersion7());
            cmd.Parameters.AddWithValue("p", station.ProvinceCode);
            cmd.Parameters.AddWithValue("s", station.Id);
            cmd.Parameters.AddWithValue("person", person);
            cmd.Parameters.AddWithValue("lot", lot);
            await cmd.ExecuteNonQueryAsync();
            await tx.CommitAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    /// <summary>A busy station's ledger: months of dispensing over its lots, written once by SQL (skipped when present).</summary>
    private static async Task ReportHistoryAsync(string target, OrgUnit station, int months, int perMonth)
    {
        await using var conn = new NpgsqlConnection(target);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"""
            INSERT INTO stock_movements (id, province_code, station_id, lot_id, drug_code, kind, quantity, unit_price, on_date, occurred_at, reason)
            SELECT gen_random_uuid(), l.province_code, l.station_id, l.id, l.drug_code, CASE WHEN g % 2 = 0 THEN 1 ELSE 2 END, CASE WHEN g % 2 = 0 THEN 1 ELSE -1 END,
                   l.unit_price, current_date - (g % ({months} * 30))::int, now(), 'bench-history'
            FROM stock_lots l CROSS JOIN generate_series(1, {months * perMonth} / GREATEST(1, (SELECT count(*) FROM stock_lots WHERE station_id = @s))) g
            WHERE l.station_id = @s AND NOT EXISTS (SELECT 1 FROM stock_movements m WHERE m.station_id = @s AND m.reason = 'bench-history')
            """, conn) { CommandTimeout = 600 };
        cmd.Parameters.AddWithValue("s", station.Id);
        await cmd.ExecuteNonQueryAsync();
    }
}
