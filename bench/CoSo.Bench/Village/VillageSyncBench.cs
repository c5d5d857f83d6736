using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using CoSo.Bench.Chronic;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Village.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CoSo.Bench.BenchTools;

namespace CoSo.Bench.Village;

/// <summary>
/// `village-sync --database CS [--stations 100] [--residents 1000000] [--recreate] [--runs 5]`: the server side of the
/// village app's sync (issue 19) on the province the chronic driver builds (1,000,000 residents over 100 stations and
/// their villages): the largest village's full download as its worker gets it (VillageSyncService.DownloadAsync, the
/// code the endpoint calls: scope, lists, audit and all), the payload's size as JSON, gzip and brotli (per resident),
/// and an incremental download after the station changed 20 residents. Baseline in the same run: the bare SQL select
/// of the village's residents with the payload's columns.
/// </summary>
public static class VillageSyncBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var server = Arg(args, "--database") ?? throw new ArgumentException("--database \"Host=…\" is required");
        ChronicBenchData.Use(args);
        var (stations, residents, patients, perPatient) = ChronicBenchData.Sizes(args);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = ChronicBenchData.Database, CommandTimeout = 1800 }.ConnectionString;
        await ChronicBenchData.EnsureAsync(server, target, stations, residents, patients, perPatient, args.Contains("--recreate"));
        var runs = IntArg(args, "--runs", 5, 2);

        Guid village;
        long villageResidents;
        await using (var conn = new NpgsqlConnection(target))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT village_id, count(*) FROM people WHERE village_id IS NOT NULL GROUP BY village_id ORDER BY count(*) DESC, village_id LIMIT 1", conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            await reader.ReadAsync();
            (village, villageResidents) = (reader.GetGuid(0), reader.GetInt64(1));
        }

        var actor = new WorkerActor();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(actor);
        services.AddCoSoData(DatabaseSettings.Parse(target));
        await using var sp = services.BuildServiceProvider();
        await using (var scope = sp.CreateAsyncScope())
        {
            var all = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().OrgUnits.AsNoTracking().ToListAsync();
            actor.Scope = AccessScope.FromUnits(all.Where(u => u.Id == village), all);
        }

        DeviceRegistration device;
        await using (var scope = sp.CreateAsyncScope())
        {
            device = await scope.ServiceProvider.GetRequiredService<VillageSyncService>().RegisterDeviceAsync("bench");
        }

        var bare = await WarmAsync(runs, async () =>
        {
            await using var conn = new NpgsqlConnection(target);
            await conn.OpenAsync();
            await Exec(conn, $"SELECT id, village_id, household_id, full_name, sex, birth_date, birth_year, phone, bhyt_number, bhyt_valid_to, version FROM people WHERE village_id = '{village}' AND merged_into_id IS NULL AND NOT is_deceased AND NOT moved_away");
        });

        VillageSyncPayload? payload = null;
        var coldWatch = Stopwatch.StartNew();
        payload = await DownloadAsync(sp, device, null);
        var cold = coldWatch.Elapsed.TotalSeconds;
        var full = await TimeAsync(runs, async () => payload = await DownloadAsync(sp, device, null));
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
        var json = JsonSerializer.SerializeToUtf8Bytes(payload, web);
        var gzip = Compressed(json, s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true));
        var brotli = Compressed(json, s => new BrotliStream(s, CompressionLevel.Fastest, leaveOpen: true));
        var carried = payload!.Residents.Count;

        // The station changes 20 residents of the village: the next download carries them (and, on PostgreSQL, the
        // changes of the last minute again).
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            actor.AsStation = true;
            foreach (var p in await db.People.Where(p => p.VillageId == village).OrderBy(p => p.Id).Take(20).ToListAsync())
            {
                p.Phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
                p.Version++;
            }

            await db.SaveChangesAsync();
            actor.AsStation = false;
        }

        VillageSyncPayload? delta = null;
        var incremental = await TimeAsync(runs, async () => delta = await DownloadAsync(sp, device, payload.Cursor));
        var deltaGzip = Compressed(JsonSerializer.SerializeToUtf8Bytes(delta, web), s => new GZipStream(s, CompressionLevel.Fastest, leaveOpen: true));

        Console.WriteLine($"village-sync: village of {villageResidents:N0} residents ({carried:N0} carried) in a province of {residents:N0}");
        Console.WriteLine($"  bare SELECT of the village's residents: {bare * 1000:N1} ms");
        Console.WriteLine($"  full download (service, scope, lists, audit): first {cold * 1000:N0} ms, warm median {full * 1000:N0} ms ({full / bare:N1}× bare SELECT)");
        Console.WriteLine($"  payload: JSON {json.Length / 1024.0:N0} KiB, gzip {gzip / 1024.0:N0} KiB, brotli {brotli / 1024.0:N0} KiB; {(double)gzip / Math.Max(1, carried):N0} B/resident gzip");
        Console.WriteLine($"  incremental after {Math.Min(20, carried)} changes: median {incremental * 1000:N0} ms, {delta!.Residents.Count} residents, gzip {deltaGzip / 1024.0:N1} KiB");
        return carried > 0 && delta.Residents.Count >= Math.Min(20, carried) ? 0 : 1;
    }

    private static async Task<VillageSyncPayload> DownloadAsync(ServiceProvider sp, DeviceRegistration device, string? since)
    {
        await using var scope = sp.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VillageSyncService>().DownloadAsync(device.DeviceId, device.DeviceToken, since);
    }

    private static async Task<double> WarmAsync(int runs, Func<Task> work)
    {
        await work();
        return await TimeAsync(runs, work);
    }

    private static long Compressed(byte[] data, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var z = compressor(output))
        {
            z.Write(data);
        }

        return output.Length;
    }

    /// <summary>The village's health worker (a user id for the device; the village as scope); for the station's edits, a clinician.</summary>
    private sealed class WorkerActor : ICurrentActor
    {
        public Guid? UserId { get; } = Guid.CreateVersion7();

        public string UserName => "bench-vhw";

        public string? RemoteAddress => null;

        public AccessScope Scope { get; set; } = AccessScope.Nothing;

        public bool AsStation { get; set; }

        public Role? Role => AsStation ? Core.Identity.Role.Administrator : Core.Identity.Role.VillageHealthWorker;
    }
}
