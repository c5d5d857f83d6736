using CoSo.Core.Encounters;

namespace CoSo.Data.Fhir;

/// <summary>A visit diagnosis and its visit (date, void, last change), joined in the database so both can be sorted on.</summary>
public sealed class DiagnosisRow
{
    public required EncounterDiagnosis Diagnosis { get; init; }

    public required Encounter Visit { get; init; }

    public void Deconstruct(out EncounterDiagnosis diagnosis, out Encounter visit) => (diagnosis, visit) = (Diagnosis, Visit);
}
