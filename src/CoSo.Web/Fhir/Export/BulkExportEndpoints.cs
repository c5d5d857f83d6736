using System.Globalization;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Organisation;
using CoSo.Data;
using CoSo.Data.Fhir;
using CoSo.Web.Infrastructure.Auth;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Web.Fhir.Export;

/// <summary>
/// FHIR Bulk Data Access (IG v2) export: <c>$export</c> at system, Patient and <c>Group/station-&lt;id&gt;</c> level
/// with <c>Prefer: respond-async</c> → 202 and a status URL; polling → 202 with <c>X-Progress</c>, then 200 with the
/// manifest; <c>DELETE</c> cancels. Every file and status is served only to the user who kicked the export off.
/// </summary>
public static class BulkExportEndpoints
{
    public const string StatusPath = "$export-status";
    public const string FilePath = "$export-file";

    public static void MapBulkExport(this RouteGroupBuilder fhir)
    {
        fhir.MapGet("/$export", (HttpContext http, CancellationToken ct) => KickOffAsync(http, null, ct));
        fhir.MapGet("/Patient/$export", (HttpContext http, CancellationToken ct) => KickOffAsync(http, null, ct));
        fhir.MapGet("/Group/{groupId}/$export", (HttpContext http, string groupId, CancellationToken ct) => KickOffAsync(http, groupId, ct));

        fhir.MapGet($"/{StatusPath}/{{jobId:guid}}", async (HttpContext http, Guid jobId, BulkExportJobs jobs, HttpCurrentActor actor, CoSoDbContext db, CancellationToken ct) =>
        {
            var job = await jobs.FindAsync(db, jobId, BulkExportJobs.OwnerOf(actor), ct) ?? throw new NotFoundException();
            if (job.Status == FhirExportStatus.Running && !jobs.Interrupted(job))
            {
                http.Response.Headers["X-Progress"] = job.Progress;
                http.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(StatusCodes.Status202Accepted);
            }

            if (job.Status != FhirExportStatus.Done)
            {
                // Failed, or its process stopped mid-walk (a restart): the client kicks it off again.
                var text = Messages.Get(job.Status == FhirExportStatus.Failed ? "fhir.exportFailed" : "fhir.exportInterrupted", CultureInfo.CurrentUICulture);
                return new FhirAnswer(FhirOutcomes.Of(OperationOutcome.IssueType.Exception, text), [], status: StatusCodes.Status500InternalServerError);
            }

            var files = FhirJson.Base(http.Request) + $"/{FilePath}/{job.Id}/";
            if (job.ExpiresAt is { } expires)
            {
                http.Response.Headers.Expires = expires.ToString("R", CultureInfo.InvariantCulture);
            }

            return Results.Json(new
            {
                transactionTime = job.TransactionTime.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
                request = job.Request,
                requiresAccessToken = true,
                output = BulkExportJobs.OutputsOf(job).Select(o => new { type = o.Type, url = files + o.FileName, count = o.Count }),
                error = Array.Empty<object>(),
            });
        });

        fhir.MapDelete($"/{StatusPath}/{{jobId:guid}}", async (Guid jobId, BulkExportJobs jobs, HttpCurrentActor actor, CoSoDbContext db, CancellationToken ct) =>
        {
            var job = await jobs.FindAsync(db, jobId, BulkExportJobs.OwnerOf(actor), ct) ?? throw new NotFoundException();
            await jobs.CancelAsync(db, job, ct);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });

        fhir.MapGet($"/{FilePath}/{{jobId:guid}}/{{file}}", async (Guid jobId, string file, BulkExportJobs jobs, HttpCurrentActor actor, CoSoDbContext db, CancellationToken ct) =>
        {
            var job = await jobs.FindAsync(db, jobId, BulkExportJobs.OwnerOf(actor), ct) ?? throw new NotFoundException();
            var output = BulkExportJobs.OutputsOf(job).FirstOrDefault(o => o.FileName == file) ?? throw new NotFoundException();
            var path = Path.Combine(job.Directory, output.FileName);
            // On another node's own disk (no shared ExportDirectory), or swept: as absent.
            return File.Exists(path) ? Results.File(path, "application/fhir+ndjson") : throw new NotFoundException();
        });
    }

    private static async Task<IResult> KickOffAsync(HttpContext http, string? groupId, CancellationToken ct)
    {
        var request = http.Request;
        var sp = http.RequestServices;
        var actor = sp.GetRequiredService<Infrastructure.Auth.HttpCurrentActor>();
        if (!request.Headers["Prefer"].Any(v => v is not null && v.Split(',', StringSplitOptions.TrimEntries).Contains("respond-async", StringComparer.OrdinalIgnoreCase)))
        {
            throw new DomainValidationException("Prefer", "fhir.exportAsync");
        }

        var query = request.Query;
        if (query.TryGetValue("_outputFormat", out var format) && format.ToString() is not ("application/fhir+ndjson" or "application/ndjson" or "ndjson"))
        {
            throw new DomainValidationException("_outputFormat", "fhir.exportFormat");
        }

        foreach (var key in query.Keys)
        {
            if (key is not ("_outputFormat" or "_type" or "_since" or "_typeFilter"))
            {
                throw new DomainValidationException(key, "fhir.unknownParameter", key);
            }
        }

        var types = query.TryGetValue("_type", out var typeValues)
            ? typeValues.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList()
            : [.. BulkExporter.Types];
        foreach (var t in types.Where(t => !BulkExporter.Types.Contains(t)))
        {
            throw new DomainValidationException("_type", "fhir.exportType", t);
        }

        // _since is _lastUpdated=ge<since> of each type's search (an instant with its zone, as _lastUpdated takes).
        var since = query.TryGetValue("_since", out var sinceValue) ? sinceValue.ToString() : null;
        if (since is not null)
        {
            FhirSearch.Instant("_since", since);
        }

        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var filter in query.TryGetValue("_typeFilter", out var f) ? f.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)) : [])
        {
            var q = filter.IndexOf('?', StringComparison.Ordinal);
            var type = q > 0 ? filter[..q] : filter;
            // One filter per type (several would be OR-ed by the IG: not served).
            if (q <= 0 || !types.Contains(type) || !filters.TryAdd(type, filter[(q + 1)..]))
            {
                throw new DomainValidationException("_typeFilter", "fhir.exportTypeFilter", filter);
            }
        }

        var (scope, label, members) = await ScopeAsync(sp, actor.Scope, groupId, ct);
        var plans = new List<(string, FhirSearch)>();
        foreach (var type in types)
        {
            var def = FhirRegistry.Find(type)!;
            var parameters = QueryHelpers.ParseQuery(filters.TryGetValue(type, out var text) ? "?" + text : string.Empty);
            if (parameters.Keys.Any(k => k.StartsWith('_') || k == FhirSearch.CursorParameter))
            {
                throw new DomainValidationException("_typeFilter", "fhir.exportTypeFilter", type + "?" + text);
            }

            if (since is not null)
            {
                parameters["_lastUpdated"] = "ge" + since;
            }

            // A registry's or household's Group: its members only (AND-ed with any patient filter of the type's own).
            if (members is not null)
            {
                var key = type == "Patient" ? "_id" : "patient";
                var ids = members.Count == 0 ? Guid.Empty.ToString() : string.Join(',', members.Select(m => m.PersonId));
                parameters[key] = parameters.TryGetValue(key, out var given) ? StringValues.Concat(given, ids) : ids;
            }

            FhirSearch search;
            try
            {
                // Strict: a filter naming a parameter the type does not take is a 400, not silently ignored.
                search = FhirSearch.Parse(def, new QueryCollection(parameters), strict: true);
            }
            catch (DomainValidationException) when (text is not null)
            {
                throw new DomainValidationException("_typeFilter", "fhir.exportTypeFilter", type + "?" + text);
            }

            plans.Add((type, search));
        }

        // A system client exports only the types its SMART scopes let it search (a user's role decides for a user).
        if (actor.Client is not null)
        {
            foreach (var (type, _) in plans.Where(p => !SmartScope.Allows(actor.ClientScopes, p.Item1, SmartInteraction.Search)))
            {
                var text = Messages.Get("fhir.scope", CultureInfo.CurrentUICulture, type, "search");
                return new FhirAnswer(FhirOutcomes.Of(OperationOutcome.IssueType.Forbidden, text), [], status: StatusCodes.Status403Forbidden);
            }
        }

        var owner = BulkExportJobs.OwnerOf(actor) ?? throw new ForbiddenException("access.capability");
        var jobs = sp.GetRequiredService<BulkExportJobs>();
        var job = await jobs.StartAsync(sp.GetRequiredService<CoSoDbContext>(), owner, $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}", ct);
        var requester = new Infrastructure.Auth.HttpCurrentActor();
        requester.Assume(actor, scope);
        var plan = new ExportPlan(plans, requester, scope, label);
        var exporter = sp.GetRequiredService<BulkExporter>();
        _ = System.Threading.Tasks.Task.Run(() => exporter.RunAsync(job, plan), CancellationToken.None);

        http.Response.Headers.ContentLocation = $"{FhirJson.Base(request)}/{StatusPath}/{job.Id}";
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// The export's scope: the requester's; for a Group (<c>station-&lt;id&gt;</c>, <c>registry-&lt;station&gt;-&lt;programme&gt;</c>,
    /// <c>household-&lt;id&gt;</c>) the units under its station or village that the requester sees, and for a registry or
    /// household its members — a group out of scope is 404, like any record out of scope.
    /// </summary>
    private static async Task<(AccessScope Scope, string Label, IReadOnlyList<GroupMember>? Members)> ScopeAsync(IServiceProvider sp, AccessScope requester, string? groupId, CancellationToken ct)
    {
        if (groupId is null)
        {
            return (requester, requester.All ? "scope=all" : "scope=user", null);
        }

        var (unitId, members) = await sp.GetRequiredService<Resources.GroupHandler>().ExportScopeAsync(groupId, ct) ?? throw new NotFoundException();
        var db = sp.GetRequiredService<CoSoDbContext>();
        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(ct);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync(ct);
        return (new AccessScope(false, units.Where(u => requester.Allows(u))), "Group/" + groupId, members);
    }
}
