using CoSo.Core.Immunization;

namespace CoSo.Data.Immunization;

public sealed record AefiInput(
    string Vaccine, Guid? DoseId, DateTimeOffset OnsetAt, string Symptoms, AefiSeverity Severity, bool Hospitalised, AefiOutcome Outcome);
