using System.Collections.Concurrent;
using System.Diagnostics;
using CoSo.Core.People;
using CoSo.Data.Operations;
using CoSo.Data.People;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace CoSo.IntegrationTests.Operations;

/// <summary>
/// PostgreSQL high availability (issue 20, item 2): a primary and a synchronous standby on loopback, the application's
/// connection string naming both with Target Session Attributes=primary. A burst of registrations runs, the primary
/// dies, the watcher promotes the standby, the burst resumes; every write acknowledged to the user is on the new primary.
/// PostgreSQL only: the embedded SQLite store has no replication (a station restores from its backups instead).
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Acknowledged_writes_survive_the_primary_s_death_and_the_burst_resumes_on_the_promoted_standby()
    {
        var tools = TempPostgresCluster.TestTools();
        var root = await TempPostgresCluster.NewRootAsync(tools);
        TempPostgresCluster? primary = null;
        TempPostgresCluster? standby = null;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            // Durability is the point here: fsync on, and every commit waits for the standby to have flushed it.
            primary = await TempPostgresCluster.InitAsync(new Dictionary<string, string> { ["fsync"] = "on", ["synchronous_commit"] = "on", ["wal_keep_size"] = "'64MB'" }, root, "primary");
            var direct = await DrillData.CreateDatabaseAsync(primary);
            var org = await TestDatabase.WithDbAsync(direct, TestOrg.SeedAsync);

            var standbyData = Path.Combine(root, "standby");
            await tools.RunAsync("pg_basebackup", ["-d", $"host=127.0.0.1 port={primary.Port} user=postgres application_name=standby1", "-D", standbyData, "-X", "stream", "-c", "fast", "-R"]);
            standby = TempPostgresCluster.Over(root, standbyData);
            await standby.StartAsync();
            await primary.ExecuteAsync("ALTER SYSTEM SET synchronous_standby_names = 'standby1'");
            await primary.ExecuteAsync("SELECT pg_reload_conf()");
            await WaitAsync(async () => await primary.ScalarAsync<long>("SELECT count(*) FROM pg_stat_replication WHERE application_name = 'standby1' AND sync_state = 'sync'") == 1, "the standby never became synchronous");

            var app = $"Host=127.0.0.1:{primary.Port},127.0.0.1:{standby.Port};Username=postgres;Database=coso;Target Session Attributes=primary;Host Recheck Seconds=1;Timeout=2;Command Timeout=10";
            var watcher = new StandbyPromoter(tools, TimeProvider.System)
                .WatchAndPromoteAsync(primary.ConnectionString("coso"), standbyData, TimeSpan.FromMilliseconds(500), 3, stop.Token);

            var acknowledged = new ConcurrentBag<Guid>();
            var failedAttempts = 0;
            var clock = Stopwatch.StartNew();
            TimeSpan? killedAt = null;
            TimeSpan? firstAfter = null;
            await using var sp = TestDatabase.Services(app);
            var ackBeforeKill = 0;
            while (!stop.IsCancellationRequested)
            {
                if (killedAt is null && acknowledged.Count == 40)
                {
                    ackBeforeKill = acknowledged.Count;
                    await primary.KillAsync();
                    killedAt = clock.Elapsed;
                }

                try
                {
                    await using var scope = sp.CreateAsyncScope();
                    var person = await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
                    {
                        FullName = TestPeople.UniqueName(), BirthDate = new DateOnly(1980, 1, 1), Sex = Sex.Male, OrgUnitId = org.StationA.Id,
                    }, stop.Token);
                    acknowledged.Add(person.Id); // acknowledged: the user saw it saved
                    if (killedAt is not null && firstAfter is null)
                    {
                        firstAfter = clock.Elapsed;
                    }

                    if (firstAfter is not null && acknowledged.Count >= ackBeforeKill + 40)
                    {
                        break;
                    }
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException or Microsoft.EntityFrameworkCore.DbUpdateException or TimeoutException)
                {
                    // Not acknowledged: the user saw an error and tries again.
                    failedAttempts++;
                    await Task.Delay(100, stop.Token);
                }
            }

            Assert.NotNull(killedAt);
            Assert.NotNull(firstAfter);
            var promotedAt = await watcher;
            Assert.False(await standby.ScalarAsync<bool>("SELECT pg_is_in_recovery()"));

            var ids = acknowledged.ToArray();
            await using var conn = new NpgsqlConnection(standby.ConnectionString("coso", pooling: false));
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT count(*) FROM people WHERE id = ANY(@ids)", conn);
            cmd.Parameters.AddWithValue("ids", ids);
            var found = (long)(await cmd.ExecuteScalarAsync())!;
            output.WriteLine($"acknowledged {ids.Length} ({ackBeforeKill} before the kill), failed attempts {failedAttempts}, found {found}; " +
                $"primary death to first successful write {(firstAfter!.Value - killedAt!.Value).TotalSeconds:0.0} s (promoted at {promotedAt:HH:mm:ss.fff})");
            Assert.Equal(ids.Length, found);
            Assert.True(ids.Length >= ackBeforeKill + 40);
        }
        finally
        {
            await stop.CancelAsync();
            await TempPostgresCluster.DisposeAllAsync(root, standby, primary);
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> condition, string failure)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail(failure);
    }
}
