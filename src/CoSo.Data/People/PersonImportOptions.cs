namespace CoSo.Data.People;

public sealed record PersonImportOptions
{
    /// <summary>Station for rows whose station_code is empty (the `--station` option).</summary>
    public string? DefaultStationCode { get; init; }

    /// <summary>Where rejected rows go; null for no file.</summary>
    public string? ErrorsPath { get; init; }

    /// <summary>Rows per transaction.</summary>
    public int BatchSize { get; init; } = 50_000;

    /// <summary>
    /// On PostgreSQL, load into an empty <c>people</c> table with the indexes built after the rows (the `--no-bulk`
    /// option turns it off: the table is then not locked, and each batch commits on its own).
    /// </summary>
    public bool AllowBulkLoad { get; init; } = true;

    public int MaxErrorsInResult { get; init; } = 1_000;

    /// <summary>Called with the number of rows read so far, every few thousand rows.</summary>
    public Action<long>? OnProgress { get; init; }
}
