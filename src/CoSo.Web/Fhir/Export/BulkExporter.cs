using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Fhir;
using CoSo.Web.Fhir.Resources;
using CoSo.Web.Infrastructure.Auth;

namespace CoSo.Web.Fhir.Export;

/// <summary>
/// What one export reads: the types, each with its search (<c>_typeFilter</c> and <c>_since</c> as search parameters
/// of that type, parsed by <see cref="FhirSearch"/>), as whom and in what scope.
/// </summary>
public sealed record ExportPlan(IReadOnlyList<(string Type, FhirSearch Search)> Types, HttpCurrentActor Requester, AccessScope Scope, string ScopeLabel);

/// <summary>
/// The background walk of an export: per type, keyset pages in id order through the FHIR queries (the scoped context,
/// so the requester's scope; no total counted per page) written by <see cref="FhirNdjsonWriter"/> (straight from the
/// rows, mirroring the searches' Firely mappers, which stay the ground truth), each resource one line of
/// <c>&lt;Type&gt;.ndjson</c>. One page is in memory at a time, never the whole province. Every page's
/// residents are audited as read (source <c>fhir-export:&lt;job&gt;</c>), and the export itself as one audit entry
/// naming the scope and the counts; the log has the job, the user and the counts only.
/// </summary>
public sealed class BulkExporter(IServiceScopeFactory scopes, BulkExportJobs jobs, TimeProvider time, ILogger<BulkExporter> logger)
{
    public const int PageSize = 5000;

    public static readonly string[] Types = ["Patient", "Encounter", "Observation", "Condition", "Immunization"];

    public async System.Threading.Tasks.Task RunAsync(ExportJob job, ExportPlan plan)
    {
        var ct = job.Cancellation.Token;
        using var stopBeating = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = BeatAsync(job, plan, stopBeating.Token);
        IReadOnlyList<ExportOutput>? outputs = null;
        try
        {
            Directory.CreateDirectory(job.Directory);
            // The types run side by side (each its own scope and connection), twice as many at once as there are cores:
            // one type's walk is sequential (fetch a page, write it), so while one waits on the database another writes.
            using var gate = new SemaphoreSlim(Math.Max(2, 2 * Environment.ProcessorCount));
            var progress = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
            var files = await System.Threading.Tasks.Task.WhenAll(plan.Types.Select(async t =>
            {
                await gate.WaitAsync(ct);
                try
                {
                    return await ExportFileAsync(job, plan, t.Type, t.Search, progress, ct);
                }
                finally
                {
                    gate.Release();
                }
            }));

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<HttpCurrentActor>().Assume(plan.Requester, plan.Scope);
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var counts = string.Join(' ', files.Select(o => $"{o.Type}={o.Count}"));
            db.AuditRead(Core.Audit.AuditActions.Export, $"fhir-export {plan.ScopeLabel} {counts}", job.Id, null, null);
            await db.SaveChangesAsync(CancellationToken.None);
            logger.LogInformation("FHIR export {JobId} by {User} ({Scope}) done: {Counts}", job.Id, plan.Requester.UserName, plan.ScopeLabel, counts);
            outputs = files;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await stopBeating.CancelAsync();
            await heartbeat;
            jobs.Forget(job.Id);
            TryDelete(job.Directory);
            return;
        }
        catch (Exception ex)
        {
            // The type only: a message may quote data.
            logger.LogError("FHIR export {JobId} failed: {ExceptionType}", job.Id, ex.GetType().Name);
        }

        await stopBeating.CancelAsync();
        await heartbeat;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<HttpCurrentActor>().Assume(plan.Requester, plan.Scope);
            await jobs.FinishAsync(scope.ServiceProvider.GetRequiredService<CoSoDbContext>(), job, outputs, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The database is unreachable: the job's heartbeat stops, so its status reads as interrupted.
            jobs.Forget(job.Id);
            logger.LogError("FHIR export {JobId} could not be recorded as finished: {ExceptionType}", job.Id, ex.GetType().Name);
        }
    }

    /// <summary>
    /// Copies the walk's progress to its row every <see cref="BulkExportJobs.HeartbeatInterval"/>; a row gone (a DELETE,
    /// here or on another node) cancels the walk.
    /// </summary>
    private async System.Threading.Tasks.Task BeatAsync(ExportJob job, ExportPlan plan, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await System.Threading.Tasks.Task.Delay(jobs.HeartbeatInterval, time, ct);
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<HttpCurrentActor>().Assume(plan.Requester, plan.Scope);
                try
                {
                    if (!await jobs.BeatAsync(scope.ServiceProvider.GetRequiredService<CoSoDbContext>(), job, ct))
                    {
                        await job.Cancellation.CancelAsync();
                        return;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One missed beat is not an interruption; the next one may reach the database.
                    logger.LogWarning("FHIR export {JobId} heartbeat failed: {ExceptionType}", job.Id, ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The walk ended.
        }
    }

    /// <summary>One type's file: its pages written as they come, one page's residents audited per page.</summary>
    private async Task<ExportOutput> ExportFileAsync(ExportJob job, ExportPlan plan, string type, FhirSearch search,
        System.Collections.Concurrent.ConcurrentDictionary<string, int> progress, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<HttpCurrentActor>().Assume(plan.Requester, plan.Scope);
        var db = sp.GetRequiredService<CoSoDbContext>();
        var file = type + ".ndjson";
        await using var stream = new FileStream(Path.Combine(job.Directory, file), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        using var page = new PageWriter();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        async System.Threading.Tasks.Task FlushAsync(IEnumerable<(Guid, string)> people)
        {
            await stream.WriteAsync(page.Written, ct);
            page.Reset();
            await db.AuditReadsAsync("fhir-export:" + job.Id, people.Distinct(), ct);
            db.ChangeTracker.Clear();
            progress[type] = page.Count;
            job.Progress = string.Join(", ", progress.Select(p => $"{p.Key}: {p.Value}"));
        }

        await ExportTypeAsync(sp, type, search, page, FlushAsync, ct);
        logger.LogInformation("FHIR export {JobId}: {Type} {Count} in {Seconds:N1} s", job.Id, type, page.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return new ExportOutput(type, file, page.Count);
    }

    /// <summary>
    /// One page's NDJSON in one buffer (written to the file at once): each resource by <see cref="FhirNdjsonWriter"/>,
    /// one line each.
    /// </summary>
    private sealed class PageWriter : IDisposable
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(1 << 20);
        private readonly System.Text.Json.Utf8JsonWriter _json;

        public PageWriter() => _json = new System.Text.Json.Utf8JsonWriter(_buffer, FhirNdjsonWriter.Options);

        public int Count { get; private set; }

        public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

        public void Write<T>(T item, Action<System.Text.Json.Utf8JsonWriter, T> write)
        {
            write(_json, item);
            _json.Flush();
            _json.Reset();
            System.Buffers.BuffersExtensions.Write(_buffer, "\n"u8);
            Count++;
        }

        public void Reset() => _buffer.ResetWrittenCount();

        public void Dispose() => _json.Dispose();
    }

    private static async System.Threading.Tasks.Task ExportTypeAsync(IServiceProvider sp, string type, FhirSearch search, PageWriter writer,
        Func<IEnumerable<(Guid, string)>, System.Threading.Tasks.Task> flush, CancellationToken ct)
    {
        var clinical = sp.GetRequiredService<FhirClinicalQueries>();
        PageCursor? after = null;
        switch (type)
        {
            case "Patient":
            {
                var queries = sp.GetRequiredService<FhirPatientQueries>();
                var criteria = PatientHandler.Criteria(search) with { CountTotal = false, Sort = FhirSort.Id };
                do
                {
                    var page = await queries.SearchAsync(criteria, after, PageSize, ct);
                    foreach (var p in page.Items)
                    {
                        writer.Write(p, FhirNdjsonWriter.Patient);
                    }

                    await flush(page.Items.Select(p => (p.Id, p.ProvinceCode)));
                    after = page.Next;
                }
                while (after is not null);
                break;
            }

            case "Encounter":
            {
                var criteria = await CriteriaAsync(sp, search, null, ct);
                do
                {
                    var page = await clinical.EncountersAsync(criteria, after, PageSize, ct);
                    foreach (var e in page.Items)
                    {
                        writer.Write(e, FhirNdjsonWriter.Encounter);
                    }

                    await flush(page.Items.Select(e => (e.PersonId, e.ProvinceCode)));
                    after = page.Next;
                }
                while (after is not null);
                break;
            }

            case "Observation":
            {
                var criteria = await CriteriaAsync(sp, search, null, ct);
                var kinds = ObservationHandler.Kinds(search);
                while (true)
                {
                    var visits = await clinical.MeasuredEncountersAsync(criteria, after, false, PageSize, ct);
                    foreach (var v in visits)
                    {
                        foreach (var k in kinds)
                        {
                            if (k.Value(v) is not null)
                            {
                                writer.Write((v, k), static (w, o) => FhirNdjsonWriter.Observation(w, o.v, o.k));
                            }
                        }
                    }

                    await flush(visits.Select(v => (v.PersonId, v.ProvinceCode)));
                    if (visits.Count < PageSize)
                    {
                        break;
                    }

                    after = new PageCursor(visits[^1].Id);
                }

                break;
            }

            case "Condition":
            {
                var criteria = await CriteriaAsync(sp, search, ConditionHandler.Codes(search), ct);
                do
                {
                    var page = await clinical.DiagnosesAsync(criteria, after, PageSize, ct);
                    foreach (var i in page.Items)
                    {
                        writer.Write(i, static (w, r) => FhirNdjsonWriter.Condition(w, r.Item, r.Visit));
                    }

                    await flush(page.Items.Select(i => (i.Item.PersonId, i.Item.ProvinceCode)));
                    after = page.Next;
                }
                while (after is not null);
                break;
            }

            default:
            {
                var criteria = await CriteriaAsync(sp, search, null, ct);
                do
                {
                    var page = await clinical.DosesAsync(criteria, after, PageSize, ct);
                    foreach (var d in page.Items)
                    {
                        writer.Write(d, FhirNdjsonWriter.Immunization);
                    }

                    await flush(page.Items.Select(d => (d.PersonId, d.ProvinceCode)));
                    after = page.Next;
                }
                while (after is not null);
                break;
            }
        }
    }

    private static async Task<ClinicalCriteria> CriteriaAsync(IServiceProvider sp, FhirSearch search, IReadOnlyList<string>? codes, CancellationToken ct) =>
        (await sp.GetRequiredService<ClinicalSearch>().CriteriaAsync(search, ct, codes)) with { CountTotal = false, Sort = FhirSort.Id };

    public static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still open by a reader: left for the next clean-up.
        }
    }
}
