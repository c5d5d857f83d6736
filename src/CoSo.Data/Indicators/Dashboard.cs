namespace CoSo.Data.Indicators;

public sealed record Dashboard(Guid OrgUnitId, string OrgUnitCode, string OrgUnitName, string Period, IReadOnlyList<IndicatorCard> Indicators);
