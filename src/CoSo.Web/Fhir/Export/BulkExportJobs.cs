using System.Collections.Concurrent;
using System.Text.Json;
using CoSo.Data;
using CoSo.Data.Fhir;
using CoSo.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Web.Fhir.Export;

/// <summary>One type's file of an export: the NDJSON written, and how many resources it holds.</summary>
public sealed record ExportOutput(string Type, string FileName, int Count);

/// <summary>
/// The running walk of one export in this process: where its files go, its cancellation and its progress, which
/// <see cref="BulkExporter"/> copies to the job's row (<see cref="FhirExportJob"/>) as its heartbeat.
/// </summary>
public sealed class ExportJob
{
    public required Guid Id { get; init; }

    public required string Directory { get; init; }

    public CancellationTokenSource Cancellation { get; } = new();

    /// <summary>"Observation: 1200" while running.</summary>
    private volatile string _progress = "queued";

    public string Progress { get => _progress; set => _progress = value; }
}

/// <summary>
/// The exports, kept in <c>fhir_export_jobs</c> (docs/fhir.md, Bulk Data export): a status and its files outlive the process that ran
/// them, until they expire (<c>CoSo:Fhir:ExportRetentionHours</c>, 24 by default). A running export whose heartbeat
/// stopped (its process ended) is reported as interrupted, never as running for ever. Only the requester — a user
/// or a system client — sees a job; anyone else gets 404, as if it did not exist.
/// </summary>
public sealed class BulkExportJobs(TimeProvider time, IConfiguration configuration)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The walks running in this process, for DELETE to cancel them.</summary>
    private readonly ConcurrentDictionary<Guid, ExportJob> _running = new();

    /// <summary>How often a running export writes its progress (its heartbeat).</summary>
    public TimeSpan HeartbeatInterval => TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("CoSo:Fhir:ExportHeartbeatSeconds", 5)));

    /// <summary>A running export whose heartbeat is older than this was interrupted.</summary>
    public TimeSpan StaleAfter => HeartbeatInterval * 12;

    public TimeSpan Retention => TimeSpan.FromHours(Math.Max(1, configuration.GetValue("CoSo:Fhir:ExportRetentionHours", 24)));

    /// <summary>Where the files go: <c>CoSo:Fhir:ExportDirectory</c> (shared storage when several nodes serve), else the user's data folder.</summary>
    public string Root => configuration["CoSo:Fhir:ExportDirectory"] is { Length: > 0 } configured ? configured
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create) is { Length: > 0 } local ? local : Path.GetTempPath(), "coso", "fhir-export");

    /// <summary>The owner key of an actor: <c>user:&lt;id&gt;</c> or <c>client:&lt;client_id&gt;</c>; null for anyone else.</summary>
    public static string? OwnerOf(HttpCurrentActor actor) =>
        actor.UserId is { } user ? "user:" + user : actor.Client is { } client ? client.ActorName : null;

    /// <summary>Records a new export (running) and returns its in-process handle.</summary>
    public async Task<ExportJob> StartAsync(CoSoDbContext db, string owner, string request, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        var now = time.GetUtcNow();
        var job = new ExportJob { Id = id, Directory = Path.Combine(Root, id.ToString()) };
        db.FhirExportJobs.Add(new FhirExportJob
        {
            Id = id, Owner = owner, Request = request, TransactionTime = now, Directory = job.Directory,
            Status = FhirExportStatus.Running, Progress = job.Progress, UpdatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        _running[id] = job;
        return job;
    }

    /// <summary>The job if <paramref name="owner"/> started it and it has not expired; null otherwise.</summary>
    public async Task<FhirExportJob?> FindAsync(CoSoDbContext db, Guid id, string? owner, CancellationToken ct)
    {
        if (owner is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var job = await db.FhirExportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Owner == owner, ct);
        return job is null || job.ExpiresAt is { } expires && expires <= now ? null : job;
    }

    public bool Interrupted(FhirExportJob job) => job.Status == FhirExportStatus.Running && job.UpdatedAt + StaleAfter < time.GetUtcNow();

    public static IReadOnlyList<ExportOutput> OutputsOf(FhirExportJob job) =>
        job.Outputs is null ? [] : JsonSerializer.Deserialize<List<ExportOutput>>(job.Outputs, Json) ?? [];

    /// <summary>DELETE: stops the walk if it runs here (one running elsewhere stops at its next heartbeat), removes the row and the files.</summary>
    public async Task CancelAsync(CoSoDbContext db, FhirExportJob job, CancellationToken ct)
    {
        if (_running.TryRemove(job.Id, out var running))
        {
            await running.Cancellation.CancelAsync();
        }

        await db.FhirExportJobs.Where(j => j.Id == job.Id).ExecuteDeleteAsync(ct);
        if (job.Status != FhirExportStatus.Running)
        {
            BulkExporter.TryDelete(job.Directory);
        }
    }

    /// <summary>The heartbeat: false when the row is gone (cancelled, possibly on another node).</summary>
    public async Task<bool> BeatAsync(CoSoDbContext db, ExportJob job, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var progress = job.Progress.Length > 1000 ? job.Progress[..1000] : job.Progress;
        return await db.FhirExportJobs.Where(j => j.Id == job.Id && j.Status == FhirExportStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, progress).SetProperty(j => j.UpdatedAt, now), ct) > 0;
    }

    /// <summary>Done (with its files) or failed; either way the row and files expire after <see cref="Retention"/>.</summary>
    public async Task FinishAsync(CoSoDbContext db, ExportJob job, IReadOnlyList<ExportOutput>? outputs, CancellationToken ct)
    {
        _running.TryRemove(job.Id, out _);
        var now = time.GetUtcNow();
        var status = outputs is null ? FhirExportStatus.Failed : FhirExportStatus.Done;
        var files = outputs is null ? null : JsonSerializer.Serialize(outputs, Json);
        var progress = outputs is null ? "failed" : "done";
        await db.FhirExportJobs.Where(j => j.Id == job.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, status).SetProperty(j => j.Outputs, files).SetProperty(j => j.Progress, progress)
                .SetProperty(j => j.UpdatedAt, now).SetProperty(j => j.ExpiresAt, now + Retention), ct);
    }

    public void Forget(Guid id) => _running.TryRemove(id, out _);

    /// <summary>
    /// Deletes expired exports (their rows and files), exports interrupted longer than the retention, and directories
    /// under <see cref="Root"/> that no job owns (left by a crash). Returns how many jobs and directories went.
    /// </summary>
    public async Task<(int Jobs, int Orphans)> SweepAsync(CoSoDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var abandoned = now - Retention;
        var gone = await db.FhirExportJobs.AsNoTracking()
            .Where(j => (j.ExpiresAt != null && j.ExpiresAt <= now) || (j.Status == FhirExportStatus.Running && j.UpdatedAt < abandoned))
            .Select(j => new { j.Id, j.Directory }).ToListAsync(ct);
        foreach (var job in gone.Where(j => !_running.ContainsKey(j.Id)))
        {
            BulkExporter.TryDelete(job.Directory);
            await db.FhirExportJobs.Where(j => j.Id == job.Id).ExecuteDeleteAsync(ct);
        }

        var orphans = 0;
        if (Directory.Exists(Root))
        {
            var candidates = Directory.EnumerateDirectories(Root)
                .Select(d => (Path: d, Id: Guid.TryParse(Path.GetFileName(d), out var id) ? id : (Guid?)null))
                .Where(d => d.Id is not null && Directory.GetLastWriteTimeUtc(d.Path) < (now - StaleAfter).UtcDateTime)
                .ToList();
            var ids = candidates.Select(c => c.Id!.Value).ToList();
            var known = await db.FhirExportJobs.AsNoTracking().Where(j => ids.Contains(j.Id)).Select(j => j.Id).ToListAsync(ct);
            foreach (var orphan in candidates.Where(c => !known.Contains(c.Id!.Value) && !_running.ContainsKey(c.Id!.Value)))
            {
                BulkExporter.TryDelete(orphan.Path);
                orphans++;
            }
        }

        return (gone.Count, orphans);
    }
}
