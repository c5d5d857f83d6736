using CoSo.Core.Surveillance.Cases;

namespace CoSo.Data.Surveillance;

/// <summary>Line-list filters; all optional. Dates are onset dates, inclusive.</summary>
public sealed record CaseReportFilter(string? Disease = null, DateOnly? From = null, DateOnly? To = null, CaseClassification? Classification = null, Guid? OrgUnitId = null);
