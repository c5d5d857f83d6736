using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

/// <summary>A resident with a registry diagnosis but no active enrolment for that programme.</summary>
public sealed record CandidateDto(Guid PersonId, string ProvinceCode, string FullName, ChronicProgramme Programme, string Code, DateOnly FirstDiagnosedOn);
