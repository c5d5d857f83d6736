using System.Collections.Concurrent;

namespace CoSo.Web.Fhir.Export;

/// <summary>One type's file of an export: the NDJSON written, and how many resources it holds.</summary>
public sealed record ExportOutput(string Type, string FileName, int Count);

/// <summary>
/// A bulk export (FHIR Bulk Data Access IG v2) kicked off by one user: what was asked, where its files are, how far
/// the background walk has come. Only the user who started it sees its status and files.
/// </summary>
public sealed class ExportJob
{
    public required Guid Id { get; init; }

    public required Guid OwnerId { get; init; }

    public required string Request { get; init; }

    public required DateTimeOffset TransactionTime { get; init; }

    public required string Directory { get; init; }

    public CancellationTokenSource Cancellation { get; } = new();

    /// <summary>Files finished so far, in the order the types were asked.</summary>
    public ConcurrentQueue<ExportOutput> Outputs { get; } = new();

    /// <summary>"Observation: 1200 written" while running.</summary>
    private volatile string _progress = "queued";
    private volatile bool _done;
    private volatile bool _failed;

    public string Progress { get => _progress; set => _progress = value; }

    public bool Done { get => _done; set => _done = value; }

    public bool Failed { get => _failed; set => _failed = value; }
}

/// <summary>The exports of this server process (a restart forgets them: the client kicks off again).</summary>
public sealed class BulkExportJobs
{
    private readonly ConcurrentDictionary<Guid, ExportJob> _jobs = new();

    public void Add(ExportJob job) => _jobs[job.Id] = job;

    /// <summary>The job if <paramref name="userId"/> started it; null otherwise (another user's job is 404, as if absent).</summary>
    public ExportJob? Find(Guid id, Guid? userId) =>
        _jobs.TryGetValue(id, out var job) && userId is { } u && job.OwnerId == u ? job : null;

    public bool Remove(Guid id) => _jobs.TryRemove(id, out _);
}
