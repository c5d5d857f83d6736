namespace CoSo.Data.Surveillance;

public sealed record LabResultDto(Guid Id, Guid CaseReportId, string Test, DateOnly SpecimenDate, string Result, string? Lab, DateTimeOffset RecordedAt);
