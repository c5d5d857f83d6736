using CoSo.Core.Immunization;

namespace CoSo.Data.Immunization;

public sealed record AefiDto(
    Guid Id, Guid PersonId, string ProvinceCode, string? FullName, Guid StationId, string? StationName, string Vaccine, Guid? DoseId,
    DateTimeOffset OnsetAt, string Symptoms, AefiSeverity Severity, bool Hospitalised, AefiOutcome Outcome);
