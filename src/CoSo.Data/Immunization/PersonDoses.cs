using CoSo.Core.Immunization;
using CoSo.Data.People;

namespace CoSo.Data.Immunization;

/// <summary>
/// A resident's doses and the schedule evaluated today (children) — the immunization card. <see cref="LegalBasis"/>
/// is the schedule version in force today (its circular, from <see cref="LegalBasisFrom"/>).
/// </summary>
public sealed record PersonDoses(Guid PersonId, string ProvinceCode, DateOnly? BirthDate, IReadOnlyList<DoseDto> Doses, IReadOnlyList<DoseEvaluation> Schedule, string FullName = "",
    TimeOnly? BirthTime = null, string? LegalBasis = null, DateOnly? LegalBasisFrom = null, string? LegalBasisConfidence = null) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => [(PersonId, ProvinceCode)];
}
