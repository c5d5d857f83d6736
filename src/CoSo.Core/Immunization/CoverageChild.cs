namespace CoSo.Core.Immunization;

/// <summary>
/// A child of the register with its VALID doses (the engine's "given" rows: dose number as the engine assigned it),
/// its local time of birth when known, and the local time of those doses whose time was recorded (by the engine's
/// vaccine and dose).
/// </summary>
public sealed record CoverageChild(
    Guid PersonId,
    DateOnly BirthDate,
    IReadOnlyList<GivenDose> ValidDoses,
    TimeOnly? BirthTime = null,
    IReadOnlyDictionary<VaccineDose, TimeOnly>? DoseTimes = null);
