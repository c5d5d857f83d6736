namespace CoSo.Data.Surveillance;

/// <summary>A visit whose diagnosis is notifiable and that has no case report yet.</summary>
public sealed record CaseProposal(Guid EncounterId, Guid PersonId, string ProvinceCode, Guid OrgUnitId, DateTimeOffset OccurredAt, DateOnly VisitDate, string Icd10Code, string DiseaseCode, string DiseaseName, DateTimeOffset ReportDue);
