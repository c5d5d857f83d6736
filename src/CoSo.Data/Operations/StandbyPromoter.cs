using Npgsql;

namespace CoSo.Data.Operations;

/// <summary>
/// The failover step of a primary + synchronous standby pair without a cluster manager (ADR 0013): runs on the standby's
/// machine, connects to the primary every <c>interval</c>, and after <c>failures</c> refused or timed-out attempts in a
/// row promotes the standby (<c>pg_ctl promote</c>). With synchronous replication every acknowledged commit is on the
/// standby already, so promoting loses none. It cannot fence a primary that is only cut off from the network: run it
/// where a lost primary means a dead machine, or use pg_auto_failover (Debian's postgresql-15-auto-failover).
/// </summary>
public sealed class StandbyPromoter(PostgresTools tools, TimeProvider time)
{
    public async Task<DateTimeOffset> WatchAndPromoteAsync(string primaryConnectionString, string standbyDataDirectory, TimeSpan interval, int failures, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(primaryConnectionString)
        {
            Pooling = false,
            Timeout = Math.Max(1, (int)interval.TotalSeconds),
            TargetSessionAttributes = null,
        }.ConnectionString;
        var missed = 0;
        while (missed < failures)
        {
            await Task.Delay(interval, time, ct);
            try
            {
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync(ct);
                await using var cmd = new NpgsqlCommand("SELECT 1", conn);
                await cmd.ExecuteScalarAsync(ct);
                missed = 0;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                missed++;
            }
        }

        await tools.RunAsync("pg_ctl", ["-D", standbyDataDirectory, "-w", "promote"], null, ct);
        return time.GetUtcNow();
    }
}
