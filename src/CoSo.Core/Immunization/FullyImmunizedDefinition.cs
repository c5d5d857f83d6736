namespace CoSo.Core.Immunization;

/// <summary>
/// One version of "fully immunized under 1" (data/immunization/coverage.json): the component doses, in force from
/// <see cref="EffectiveFrom"/> (the schedule version it goes with), with its legal basis and confidence.
/// </summary>
public sealed record FullyImmunizedDefinition(
    DateOnly EffectiveFrom,
    IReadOnlyList<VaccineDose> Components,
    string? LegalBasis = null,
    string? Confidence = null);
