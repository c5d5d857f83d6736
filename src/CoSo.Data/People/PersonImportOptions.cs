namespace CoSo.Data.People;

public sealed record PersonImportOptions
{
    /// <summary>Station for rows whose station_code is empty (the `--station` option).</summary>
    public string? DefaultStationCode { get; init; }

    /// <summary>Where rejected rows go; null for no file.</summary>
    public string? ErrorsPath { get; init; }

    /// <summary>Rows per transaction.</summary>
    public int BatchSize { get; init; } = 50_000;

    public int MaxErrorsInResult { get; init; } = 1_000;

    /// <summary>Called with the number of rows read so far, every few thousand rows.</summary>
    public Action<long>? OnProgress { get; init; }
}
