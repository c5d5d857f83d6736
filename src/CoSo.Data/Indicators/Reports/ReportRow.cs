namespace CoSo.Data.Indicators.Reports;

/// <summary>A row: its label and, per column, a cell reference "CODE.part" (part = numerator, denominator or value) or null.</summary>
public sealed record ReportRow(string LabelVi, IReadOnlyList<string?> Cells);
