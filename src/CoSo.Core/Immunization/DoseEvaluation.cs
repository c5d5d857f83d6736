namespace CoSo.Core.Immunization;

/// <summary>
/// One dose of a person's schedule on the evaluation date, or one invalid dose that was given.
/// Dates are null where none applies (e.g. a dose outside the child's schedule). <see cref="CreditedBy"/> is the
/// catalogue product whose dose satisfied (or was judged for) the slot, null for the schedule's own vaccine.
/// </summary>
public readonly record struct DoseEvaluation(
    string Vaccine,
    int Dose,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(DoseStatusJsonConverter))] DoseStatus Status,
    DateOnly? RecommendedDate,
    DateOnly? EarliestDate,
    DateOnly? GivenDate,
    string? CreditedBy = null);
