using CoSo.Core.Identity;
using CoSo.Data;
using CoSo.Data.Fhir;
using CoSo.Web.Fhir.Resources;
using CoSo.Web.Infrastructure.Auth;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CoSo.Web.Fhir.Export;

/// <summary>
/// What one export reads: the types, each with its search (<c>_typeFilter</c> and <c>_since</c> as search parameters
/// of that type, parsed by <see cref="FhirSearch"/>), as whom and in what scope.
/// </summary>
public sealed record ExportPlan(IReadOnlyList<(string Type, FhirSearch Search)> Types, HttpCurrentActor Requester, AccessScope Scope, string ScopeLabel);

/// <summary>
/// The background walk of an export: per type, keyset pages in id order through the FHIR queries (the scoped context,
/// so the requester's scope; no total counted per page) mapped by the same mappers as the searches, each resource one
/// line of <c>&lt;Type&gt;.ndjson</c>. One page is in memory at a time, never the whole province. Every page's
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
            // The types run side by side (each its own scope and connection), as many at once as there are cores:
            // serializing is the export's main cost, and one type's walk is sequential.
            using var gate = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount));
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
        // A page is serialized into one buffer, then written to the file at once.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 20);
        await using var json = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { SkipValidation = true });
        var count = 0;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        async System.Threading.Tasks.Task WriteAsync(IEnumerable<Resource> resources, IEnumerable<(Guid, string)> people)
        {
            foreach (var r in resources)
            {
                FhirJson.Serializer.Serialize(r, json);
                json.Flush();
                json.Reset();
                System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
                count++;
            }

            await stream.WriteAsync(buffer.WrittenMemory, ct);
            buffer.ResetWrittenCount();

            await db.AuditReadsAsync("fhir-export:" + job.Id, people.Distinct(), ct);
            db.ChangeTracker.Clear();
            progress[type] = count;
            job.Progress = string.Join(", ", progress.Select(p => $"{p.Key}: {p.Value}"));
        }

        await ExportTypeAsync(sp, type, search, WriteAsync, ct);
        logger.LogInformation("FHIR export {JobId}: {Type} {Count} in {Seconds:N1} s", job.Id, type, count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return new ExportOutput(type, file, count);
    }

    private static async System.Threading.Tasks.Task ExportTypeAsync(IServiceProvider sp, string type, FhirSearch search,
        Func<IEnumerable<Resource>, IEnumerable<(Guid, string)>, System.Threading.Tasks.Task> write, CancellationToken ct)
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
                    await write(page.Items.Select(PatientMapper.ToFhir), page.Items.Select(p => (p.Id, p.ProvinceCode)));
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
                    await write(page.Items.Select(EncounterHandler.ToFhir), page.Items.Select(e => (e.PersonId, e.ProvinceCode)));
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
                    await write(visits.SelectMany(v => kinds.Where(k => k.Value(v) is not null).Select(k => (Resource)ObservationHandler.ToFhir(v, k))), visits.Select(v => (v.PersonId, v.ProvinceCode)));
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
                    await write(page.Items.Select(i => (Resource)ConditionHandler.ToFhir(i.Item, i.Visit)), page.Items.Select(i => (i.Item.PersonId, i.Item.ProvinceCode)));
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
                    await write(page.Items.Select(ImmunizationHandler.ToFhir), page.Items.Select(d => (d.PersonId, d.ProvinceCode)));
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
