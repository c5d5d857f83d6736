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
    /// <summary>The immunization register's age limit (years): a forecast is meaningful below it.</summary>
    public const int RegisterAgeLimitYears = ChildRegister.AgeLimitYears;

    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => [(PersonId, ProvinceCode)];
}
