namespace CoSo.Core.Immunization;

/// <summary>
/// One dose of the schedule as written in a given version of the regulation. Ages are offsets from
/// the birth date; <see cref="MinimumInterval"/> is measured from the previous dose of the same code,
/// or from <see cref="IntervalFrom"/> when the series continues another code (DTP booster after DTP-HepB-Hib 3).
/// <see cref="MaximumAge"/> is exclusive. Pregnant-women rules have no ages.
/// </summary>
public sealed record ScheduleRule
{
    public required string Vaccine { get; init; }
    public required int Dose { get; init; }
    public required IReadOnlyList<string> Antigens { get; init; }
    public required ImmunizationProgramme Programme { get; init; }
    public required bool Live { get; init; }
    public required VaccineRoute Route { get; init; }
    public AgeOffset? RecommendedAge { get; init; }
    public AgeOffset? MinimumAge { get; init; }
    public AgeOffset? MinimumInterval { get; init; }
    public AgeOffset? MaximumAge { get; init; }
    public VaccineDose? IntervalFrom { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public string? Source { get; init; }
}
