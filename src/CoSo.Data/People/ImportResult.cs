namespace CoSo.Data.People;

/// <summary>
/// Outcome of one import. <see cref="Read"/> = <see cref="Inserted"/> + <see cref="Updated"/> + <see cref="Unchanged"/>
/// + <see cref="Rejected"/>; a row whose CCCD appeared earlier in the same file counts as an update of that earlier row;
/// a row identical to the stored resident is <see cref="Unchanged"/> and not written (no new version, no audit entry).
/// <see cref="Errors"/> holds the first <see cref="PersonImportOptions.MaxErrorsInResult"/> errors; the errors file holds all.
/// </summary>
public sealed record ImportResult(long Read, long Inserted, long Updated, long Rejected, IReadOnlyList<ImportError> Errors)
{
    public long Unchanged { get; init; }

    /// <summary>True when the rows went through the first-load path (empty PostgreSQL table, indexes built after the load).</summary>
    public bool BulkLoaded { get; init; }
}
