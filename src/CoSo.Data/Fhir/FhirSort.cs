namespace CoSo.Data.Fhir;

/// <summary>
/// The orders a FHIR search can be paged in by keyset (sort key, then id as the tie-break). Only orders whose keyset
/// stays correct are offered: <c>-_lastUpdated</c> is not one (a row updated during the walk jumps ahead of the cursor
/// and would be skipped), so it does not exist here.
/// </summary>
public enum FhirSort
{
    /// <summary>The row id (UUIDv7, creation order): the default.</summary>
    Id,

    /// <summary><c>_sort=date</c>: the visit's time (a dose's day), oldest first.</summary>
    Date,

    /// <summary><c>_sort=-date</c>: newest first.</summary>
    DateDescending,

    /// <summary>
    /// <c>_sort=_lastUpdated</c>, oldest change first: a row changed during the walk moves behind the cursor's end, so it
    /// is never skipped (it may be served again with its new content, which is what a sync wants).
    /// </summary>
    LastUpdated,
}
