namespace CoSo.Data.Fhir;

/// <summary>A clinical search (Encounter, Condition, Immunization, Observation): by id, by resident, by code.</summary>
public sealed record ClinicalCriteria
{
    public IReadOnlyList<Guid> Ids { get; init; } = [];

    /// <summary>Each entry a resident; several entries AND-ed (so two different residents match nothing).</summary>
    public IReadOnlyList<Guid> Patients { get; init; } = [];

    /// <summary>Codes any of which matches (ICD-10 for conditions); null: no code asked.</summary>
    public IReadOnlyList<string>? Codes { get; init; }
}
