namespace CoSo.Core.Immunization;

/// <summary>A child of the register with its VALID doses (the engine's "given" rows: dose number as the engine assigned it).</summary>
public sealed record CoverageChild(Guid PersonId, DateOnly BirthDate, IReadOnlyList<GivenDose> ValidDoses);
