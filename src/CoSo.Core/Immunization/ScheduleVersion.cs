namespace CoSo.Core.Immunization;

/// <summary>
/// One legal version of the schedule (a circular): in force from <see cref="EffectiveFrom"/> until the next version's
/// start (<see cref="EffectiveTo"/>, exclusive; null for the newest). A version replaces the previous one as a whole;
/// the schedule's rows carry the date of the version that introduced them and stay until a later version changes them.
/// </summary>
public sealed record ScheduleVersion(
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    string LegalBasis,
    string Confidence,
    string? Note = null,
    string? Changes = null);
