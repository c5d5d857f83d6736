using CoSo.Data.People;

namespace CoSo.Data.Indicators.Population;

/// <summary>
/// Outcome of <c>coso population import</c>: <see cref="Read"/> = <see cref="Inserted"/> + <see cref="Updated"/> +
/// <see cref="Unchanged"/> + <see cref="Rejected"/> (a (unit, year) repeated in the file counts its later row as an
/// update of the earlier); every error with the physical line its row starts on.
/// </summary>
public sealed record PopulationImportResult(long Read, long Inserted, long Updated, long Unchanged, long Rejected, IReadOnlyList<ImportError> Errors);
