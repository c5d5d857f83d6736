namespace CoSo.Core.Immunization;

/// <summary>
/// One dose of a person's schedule on the evaluation date, or one invalid dose that was given.
/// Dates are null where none applies (e.g. a dose outside the child's schedule).
/// </summary>
public readonly record struct DoseEvaluation(
    string Vaccine,
    int Dose,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(DoseStatusJsonConverter))] DoseStatus Status,
    DateOnly? RecommendedDate,
    DateOnly? EarliestDate,
    DateOnly? GivenDate);
