namespace CoSo.Data.People;

/// <summary>
/// Outcome of one import. <see cref="Read"/> = <see cref="Inserted"/> + <see cref="Updated"/> + <see cref="Rejected"/>;
/// a row whose CCCD appeared earlier in the same file counts as an update of that earlier row.
/// <see cref="Errors"/> holds the first <see cref="PersonImportOptions.MaxErrorsInResult"/> errors; the errors file holds all.
/// </summary>
public sealed record ImportResult(long Read, long Inserted, long Updated, long Rejected, IReadOnlyList<ImportError> Errors);
