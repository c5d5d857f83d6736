using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Data.Surveillance;

public sealed record AlertDto(
    Guid Id, Guid OrgUnitId, string OrgUnitName, string DiseaseCode, string DiseaseName, string Method, string Period, DateOnly EvaluatedOn,
    int Count, double? Mean, double? StandardDeviation, double? UpperBound, double? Statistic, AlertStatus Status,
    IReadOnlyList<AlertStatus> NextStatuses, string? ResponseActions, DateTimeOffset CreatedAt, int Version);
