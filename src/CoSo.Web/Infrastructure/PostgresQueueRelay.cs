using System.Globalization;
using System.Threading.Channels;
using CoSo.Data;
using CoSo.Data.Reception;
using Npgsql;

namespace CoSo.Web.Infrastructure;

/// <summary>
/// Carries the station queue's change events between web nodes on one PostgreSQL database (ADR 0015): every change
/// made on this node is sent as <c>NOTIFY coso_queue, '&lt;node&gt;:&lt;station id&gt;'</c>, and a dedicated connection
/// LISTENs on the channel and raises the in-process event for changes of the other nodes (its own are skipped: they
/// were raised locally already). Only ids travel, never patient data. A lost connection is reopened after a second;
/// changes made while it is down reach the other nodes' screens at their next reload (the queue's rows are in the
/// database either way). Registered only for PostgreSQL: SQLite is one node, the in-process event is enough.
/// </summary>
public sealed partial class PostgresQueueRelay(QueueEvents events, DatabaseSettings settings, ILogger<PostgresQueueRelay> log) : BackgroundService
{
    public const string Channel = "coso_queue";

    private readonly string _node = Guid.NewGuid().ToString("N")[..12];
    private readonly Channel<Guid> _outgoing = System.Threading.Channels.Channel.CreateBounded<Guid>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        events.Published += OnPublished;
        try
        {
            // Keepalive so a half-open connection (a failed-over primary) is noticed and reopened.
            var cs = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { KeepAlive = 15, Pooling = false }.ConnectionString;
            await Task.WhenAll(ListenAsync(cs, stoppingToken), SendAsync(cs, stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            events.Published -= OnPublished;
        }
    }

    private void OnPublished(Guid stationId) => _outgoing.Writer.TryWrite(stationId);

    private async Task ListenAsync(string cs, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync(ct);
                conn.Notification += (_, e) => OnNotification(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", conn))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                LogListening(log, _node);
                while (!ct.IsCancellationRequested)
                {
                    await conn.WaitAsync(ct);
                }
            }
            catch (Exception e) when (!ct.IsCancellationRequested && e is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
            {
                LogLost(log, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
    }

    private async Task SendAsync(string cs, CancellationToken ct)
    {
        await foreach (var station in _outgoing.Reader.ReadAllAsync(ct))
        {
            try
            {
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync(ct);
                await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", conn);
                notify.Parameters.AddWithValue("channel", Channel);
                notify.Parameters.AddWithValue("payload", _node + ":" + station.ToString("D", CultureInfo.InvariantCulture));
                await notify.ExecuteNonQueryAsync(ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested && e is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
            {
                LogSendFailed(log, e.GetType().Name);
            }
        }
    }

    private void OnNotification(string payload)
    {
        var colon = payload.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || payload.AsSpan(0, colon).SequenceEqual(_node) || !Guid.TryParse(payload.AsSpan(colon + 1), out var station))
        {
            return;
        }

        LogRelayed(log, station);
        events.ChangedElsewhere(station);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue relay: listening on PostgreSQL channel coso_queue as node {Node}")]
    private static partial void LogListening(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queue relay: change of station {StationId} from another node")]
    private static partial void LogRelayed(ILogger logger, Guid stationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue relay: connection lost ({Error}), reopening")]
    private static partial void LogLost(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queue relay: a change could not be sent ({Error})")]
    private static partial void LogSendFailed(ILogger logger, string error);
}
