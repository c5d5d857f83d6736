namespace CoSo.Data.Indicators.Reports;

public sealed record ReportSection(string TitleVi, IReadOnlyList<ReportRow> Rows);
