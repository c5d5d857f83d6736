using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Access;

/// <summary>
/// Why a query reads past the actor's scope filters. Each reason is a reviewed kind of use; a new kind of use is a
/// new reason, reviewed in the pull request that adds it (docs/permissions.md, "Reads past the scope").
/// </summary>
public enum UnscopedReason
{
    /// <summary>The indicator engine and its sources: figures for every station, never a row handed to a user.</summary>
    IndicatorComputation = 1,

    /// <summary>
    /// Rows a station keeps about a resident (visits, enrolments, pregnancies, doses…) read for a resident the actor
    /// was first shown to see through the person filter — e.g. a village health worker's village resident whose rows
    /// carry the station's unit. The query always starts from, or joins, the visible resident.
    /// </summary>
    ThroughVisibleResident,

    /// <summary>Uniqueness checks that must see the whole province (a CCCD, an open pregnancy): only a yes/no leaves.</summary>
    UniquenessCheck,

    /// <summary>Duplicate detection at registration and import: candidates across stations (audited as a search).</summary>
    DuplicateDetection,

    /// <summary>A merge moves every row of the merged-away record, wherever it is kept (MergeRegistry).</summary>
    Merge,

    /// <summary>A resident's move re-homes their rows to the new station (SaveChanges interceptors).</summary>
    ResidentMove,

    /// <summary>Finding whether a requested id exists outside the scope, to write the "denied" audit row (the answer is 404).</summary>
    DeniedAudit,

    /// <summary>Bookkeeping of a write: which station a written row marks for recomputation.</summary>
    WriteBookkeeping,

    /// <summary>The demo seed, as the system.</summary>
    Seeding,

    /// <summary>
    /// A village health worker's own uploads read back by the phone that sent them (filtered on the worker's user id):
    /// they are kept by the resident's station, outside a village-scoped filter.
    /// </summary>
    OwnVillageRecords,
}

/// <summary>
/// The one place CoSo switches the scope filters off (an architecture test fails the build on any other
/// <c>IgnoreQueryFilters</c> call). Every use names its <see cref="UnscopedReason"/> and is counted
/// (<c>coso.unscoped.queries</c>, tagged by reason and entity) and recorded on the current trace.
/// </summary>
public static class Unscoped
{
    public const string MeterName = "CoSo.Data.Access";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Uses = Meter.CreateCounter<long>("coso.unscoped.queries", description: "Queries that read past the actor's scope filters, by reason");

    /// <summary>The query without the scope filters, for the stated reason.</summary>
    public static IQueryable<T> Unfiltered<T>(this IQueryable<T> source, UnscopedReason reason)
        where T : class
    {
        var tags = new TagList { { "reason", reason.ToString() }, { "entity", typeof(T).Name } };
        Uses.Add(1, tags);
        Activity.Current?.AddEvent(new ActivityEvent("coso.unscoped", tags: new ActivityTagsCollection(tags)));
        return source.IgnoreQueryFilters();
    }
}
