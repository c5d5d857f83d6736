using System.Diagnostics.Metrics;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Indicators;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.Data.Indicators.Reports;
using CoSo.Data.Operations;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CoSo.IntegrationTests.Operations;

/// <summary>
/// Read replicas for heavy reads (issue 20, item 3; ADR 0016). The standby half is PostgreSQL only (SQLite has no
/// standby); the fallback without a read database runs on both stores.
/// </summary>
public sealed class ReadReplicaTests
{
    private static Period ThisMonth => Period.OfDate(VietnamClock.LocalDate(DateTimeOffset.UtcNow.AddMinutes(-30)));

    [Fact]
    public async Task Heavy_reads_go_to_a_caught_up_standby_refuse_writes_and_read_the_primary_while_the_standby_lags()
    {
        var tools = TempPostgresCluster.TestTools();
        var root = await TempPostgresCluster.NewRootAsync(tools);
        TempPostgresCluster? primary = null;
        TempPostgresCluster? standby = null;
        using var servers = new ServerTally();
        try
        {
            primary = await TempPostgresCluster.InitAsync(new Dictionary<string, string> { ["wal_keep_size"] = "'64MB'" }, root, "primary");
            var direct = await DrillData.CreateDatabaseAsync(primary);
            var org = await TestDatabase.WithDbAsync(direct, TestOrg.SeedAsync);
            var person = await DrillData.ResidentAsync(direct, org);
            await DrillData.VisitsAsync(direct, person, 3);

            // An asynchronous streaming standby (the read replica), then two more visits that reach it by streaming.
            var standbyData = Path.Combine(root, "standby");
            await tools.RunAsync("pg_basebackup", ["-d", $"host=127.0.0.1 port={primary.Port} user=postgres application_name=replica1", "-D", standbyData, "-X", "stream", "-c", "fast", "-R"]);
            standby = TempPostgresCluster.Over(root, standbyData);
            await standby.StartAsync();
            await DrillData.VisitsAsync(direct, person, 2);

            var settings = DatabaseSettings.Parse(direct)
                .WithReadDatabase($"Host=127.0.0.1:{primary.Port},127.0.0.1:{standby.Port};Username=postgres;Database=coso;Target Session Attributes=prefer-standby;Timeout=5")
                with { ReadMaxWait = TimeSpan.FromSeconds(2) };
            await using var sp = Services(settings);

            // A report's read context is on the standby and finds the replicated visits.
            await using (var scope = sp.CreateAsyncScope())
            {
                await using var read = await scope.ServiceProvider.GetRequiredService<IReadOnlyDbContextFactory>().CreateAsync(ReadUse.Report);
                var (inRecovery, port) = await SessionAsync(read);
                Assert.True(inRecovery);
                Assert.Equal(standby.Port, port);
                Assert.Equal(5, await read.Encounters.CountAsync(e => e.PersonId == person));

                // Writes are refused: by the context, and by the server for what bypasses SaveChanges.
                read.Set<IndicatorResult>().Add(new IndicatorResult { Id = Guid.CreateVersion7(), IndicatorCode = "X", OrgUnitId = org.StationA.Id, Period = "2026-12" });
                await Assert.ThrowsAsync<InvalidOperationException>(() => read.SaveChangesAsync());
                Assert.Throws<InvalidOperationException>(() => read.AuditRead(Core.Audit.AuditActions.Read, "test", null, person, "38"));
                var refused = await Assert.ThrowsAsync<PostgresException>(() => read.Database.ExecuteSqlRawAsync("UPDATE people SET full_name = full_name"));
                Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
            }

            // The recomputation reads its inputs on the standby and writes the results on the primary; the report then
            // reads those results back from the standby.
            var before = servers.Count(ReadUse.IndicatorRecomputation, ReadServer.Standby);
            await using (var scope = sp.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync();
            }

            Assert.True(servers.Count(ReadUse.IndicatorRecomputation, ReadServer.Standby) > before);
            Assert.Equal(5, await CirculatoryVisitsOnPrimaryAsync(direct, org));
            var reportsOnStandby = servers.Count(ReadUse.Report, ReadServer.Standby);
            Assert.Equal("5", (await ReportCellsAsync(sp, org))["OPD.icdIX.numerator"]);
            Assert.Equal(reportsOnStandby + 1, servers.Count(ReadUse.Report, ReadServer.Standby));

            // The standby stops replaying; two visits more on the primary. A read must not miss them: it waits, then
            // reads the primary. Without the wait the standby would answer 5 (checked below).
            await standby.ExecuteAsync("SELECT pg_wal_replay_pause()");
            await WaitAsync(async () => await standby.ScalarAsync<string>("SELECT pg_get_wal_replay_pause_state()") == "paused");
            await DrillData.VisitsAsync(direct, person, 2);
            Assert.Equal(5L, await standby.ScalarAsync<long>("SELECT count(*) FROM encounters", "coso"));
            await using (var scope = sp.CreateAsyncScope())
            {
                await using var read = await scope.ServiceProvider.GetRequiredService<IReadOnlyDbContextFactory>().CreateAsync(ReadUse.Report);
                var (inRecovery, port) = await SessionAsync(read);
                Assert.False(inRecovery);
                Assert.Equal(primary.Port, port);
                Assert.Equal(7, await read.Encounters.CountAsync(e => e.PersonId == person));
                var refused = await Assert.ThrowsAsync<PostgresException>(() => read.Database.ExecuteSqlRawAsync("UPDATE people SET full_name = full_name"));
                Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);

                await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync();
            }

            Assert.Equal(7, await CirculatoryVisitsOnPrimaryAsync(direct, org));
            Assert.True(servers.Count(ReadUse.IndicatorRecomputation, ReadServer.PrimaryStandbyBehind) >= 1);

            // Replay resumes: reads return to the standby, which now has all seven.
            await standby.ExecuteAsync("SELECT pg_wal_replay_resume()");
            await using (var scope = sp.CreateAsyncScope())
            {
                await using var read = await scope.ServiceProvider.GetRequiredService<IReadOnlyDbContextFactory>().CreateAsync(ReadUse.Dhis2Export);
                Assert.Equal((true, standby.Port), await SessionAsync(read));
                Assert.Equal(7, await read.Encounters.CountAsync(e => e.PersonId == person));
            }
        }
        finally
        {
            await TempPostgresCluster.DisposeAllAsync(root, standby, primary);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_a_read_database_heavy_reads_use_the_primary_database_and_still_refuse_writes(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "readfallback");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var person = await DrillData.ResidentAsync(cs, org);
        await DrillData.VisitsAsync(cs, person, 2);
        var settings = DatabaseSettings.Parse(cs);
        Assert.Null(settings.ReadConnectionString);
        await using var sp = Services(settings);

        await using (var scope = sp.CreateAsyncScope())
        {
            await using var read = await scope.ServiceProvider.GetRequiredService<IReadOnlyDbContextFactory>().CreateAsync(ReadUse.Report);
            Assert.True(read.IsReadOnly);
            Assert.Equal(2, await read.Encounters.CountAsync(e => e.PersonId == person));
            if (provider == TestDatabase.Postgres)
            {
                Assert.False((await SessionAsync(read)).InRecovery);
                var refused = await Assert.ThrowsAsync<PostgresException>(() => read.Database.ExecuteSqlRawAsync("UPDATE people SET full_name = full_name"));
                Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
            }
            else
            {
                var refused = await Assert.ThrowsAsync<SqliteException>(() => read.Database.ExecuteSqlRawAsync("UPDATE people SET full_name = full_name"));
                Assert.Equal(8, refused.SqliteErrorCode); // SQLITE_READONLY: opened with Mode=ReadOnly
            }

            read.Set<IndicatorResult>().Add(new IndicatorResult { Id = Guid.CreateVersion7(), IndicatorCode = "X", OrgUnitId = org.StationA.Id, Period = "2026-12" });
            await Assert.ThrowsAsync<InvalidOperationException>(() => read.SaveChangesAsync());
            Assert.Throws<InvalidOperationException>(() => read.AuditRead(Core.Audit.AuditActions.Read, "test", null, person, "38"));
        }

        // The recomputation and the report run through the fallback, and the primary context of the same scope still writes.
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync();
        }

        Assert.Equal(2, await CirculatoryVisitsOnPrimaryAsync(cs, org));
        Assert.Equal("2", (await ReportCellsAsync(sp, org))["OPD.icdIX.numerator"]);
        Assert.Equal(0, await TestDatabase.CountAsync<IndicatorResult>(cs, q => q.Where(r => r.IndicatorCode == "X")));
    }

    [Fact]
    public void A_read_database_of_the_other_store_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => DatabaseSettings.Parse("Data Source=coso.db").WithReadDatabase("Host=db2;Database=coso"));

    private static ServiceProvider Services(DatabaseSettings settings)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ICurrentActor>(new SystemActor("system:test"));
        services.AddCoSoData(settings);
        return services.BuildServiceProvider();
    }

    private static async Task<(bool InRecovery, int Port)> SessionAsync(CoSoDbContext read)
    {
        var conn = read.Database.GetDbConnection();
        if (conn.State != System.Data.ConnectionState.Open)
        {
            await read.Database.OpenConnectionAsync();
        }

        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT pg_is_in_recovery(), inet_server_port()";
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetBoolean(0), reader.GetInt32(1));
    }

    private static Task<long> CirculatoryVisitsOnPrimaryAsync(string cs, TestOrg org)
    {
        var key = ThisMonth.ToString();
        return TestDatabase.WithDbAsync(cs, db => db.Set<IndicatorResult>().Where(r => r.IndicatorCode == IcdChapterGroup.Circulatory.Code && r.OrgUnitId == org.StationA.Id && r.Period == key)
            .Select(r => r.Numerator).SingleAsync());
    }

    private static async Task<Dictionary<string, string>> ReportCellsAsync(ServiceProvider sp, TestOrg org)
    {
        await using var scope = sp.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportWorkbook>().CellValuesAsync(ReportForm.TryLoad("monthly-commune-report")!, org.StationA.Id, ThisMonth, CancellationToken.None);
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("condition not reached in 10 s");
    }

    /// <summary>Counts the read contexts created (coso.read_database.contexts) by use and server, from this process.</summary>
    private sealed class ServerTally : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<(string, string), long> _counts = [];

        public ServerTally()
        {
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ReadDatabase.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                string? use = null, server = null;
                foreach (var tag in tags)
                {
                    if (tag.Key == "use")
                    {
                        use = tag.Value as string;
                    }
                    else if (tag.Key == "server")
                    {
                        server = tag.Value as string;
                    }
                }

                lock (_counts)
                {
                    _counts[(use!, server!)] = _counts.GetValueOrDefault((use!, server!)) + value;
                }
            });
            _listener.Start();
        }

        public long Count(ReadUse use, ReadServer server)
        {
            lock (_counts)
            {
                return _counts.GetValueOrDefault((use.ToString(), server.ToString()));
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
