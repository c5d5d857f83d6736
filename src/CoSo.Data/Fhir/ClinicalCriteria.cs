namespace CoSo.Data.Fhir;

/// <summary>A clinical search (Encounter, Condition, Immunization, Observation): by id, by resident, by code.</summary>
public sealed record ClinicalCriteria
{
    public IReadOnlyList<Guid> Ids { get; init; } = [];

    /// <summary>Each entry the residents any of whom matches (one parameter's alternatives, or a chained identifier's holders); entries AND-ed.</summary>
    public IReadOnlyList<IReadOnlyList<Guid>> Patients { get; init; } = [];

    /// <summary>On the visit's local day (a dose's day): each entry AND-ed; a day is the range of that one day.</summary>
    public IReadOnlyList<DateFilter> Dates { get; init; } = [];

    /// <summary>On the row's last change (a visit's correction, else its creation; a dose's recording): each entry AND-ed.</summary>
    public IReadOnlyList<InstantFilter> LastUpdated { get; init; } = [];

    /// <summary>Codes any of which matches (ICD-10 for conditions); null: no code asked.</summary>
    public IReadOnlyList<string>? Codes { get; init; }

    public FhirSort Sort { get; init; } = FhirSort.Id;

    /// <summary>Count the matches of each page (a search's total); false for a bulk export's walk (id order only).</summary>
    public bool CountTotal { get; init; } = true;
}
