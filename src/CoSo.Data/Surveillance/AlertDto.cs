using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Data.Surveillance;

/// <summary>An alert as the inbox shows it; <c>Methods</c> is its evidence, every method that fired in the week.</summary>
public sealed record AlertDto(
    Guid Id, Guid OrgUnitId, string OrgUnitName, string DiseaseCode, string DiseaseName, string Method, string Period, DateOnly EvaluatedOn,
    int Count, double? Mean, double? StandardDeviation, double? UpperBound, double? Statistic, AlertStatus Status,
    IReadOnlyList<AlertStatus> NextStatuses, string? ResponseActions, DateTimeOffset CreatedAt, int Version,
    IReadOnlyList<string> Methods);
