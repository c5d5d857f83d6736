namespace CoSo.Data.Surveillance;

/// <summary>Cases of one disease in one area and period (an ISO week "2026-W53" or a date "2026-12-31").</summary>
public sealed record CountRow(Guid OrgUnitId, string OrgUnitName, string DiseaseCode, string Period, int Count);
