using CoSo.Core.Immunization;
using CoSo.Data.People;

namespace CoSo.Data.Immunization;

/// <summary>A resident's doses and the schedule evaluated today (children) — the immunization card.</summary>
public sealed record PersonDoses(Guid PersonId, string ProvinceCode, DateOnly? BirthDate, IReadOnlyList<DoseDto> Doses, IReadOnlyList<DoseEvaluation> Schedule, string FullName = "") : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => [(PersonId, ProvinceCode)];
}
