using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Data.Surveillance;

/// <summary>
/// An alert as the inbox shows it: one event of an area × disease, from <c>Period</c> (its first signalled week, whose
/// figures and evidence <c>Method</c>, <c>Count</c>, … and <c>Methods</c> are) to <c>LastWeek</c>, with
/// <c>Weeks</c> signalled weeks and each week's evidence in <c>Weekly</c>, oldest first.
/// </summary>
public sealed record AlertDto(
    Guid Id, Guid OrgUnitId, string OrgUnitName, string DiseaseCode, string DiseaseName, string Method, string Period, DateOnly EvaluatedOn,
    int Count, double? Mean, double? StandardDeviation, double? UpperBound, double? Statistic, AlertStatus Status,
    IReadOnlyList<AlertStatus> NextStatuses, string? ResponseActions, DateTimeOffset CreatedAt, int Version,
    IReadOnlyList<string> Methods, string LastWeek, int Weeks, IReadOnlyList<AlertWeekDto> Weekly);
