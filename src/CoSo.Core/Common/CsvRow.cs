namespace CoSo.Core.Common;

/// <summary>One record of a CSV file with the physical line it started on (for error reports).</summary>
public sealed record CsvRow(long LineNumber, IReadOnlyList<string> Fields);
