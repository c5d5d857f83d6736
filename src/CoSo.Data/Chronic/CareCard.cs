using CoSo.Data.People;

namespace CoSo.Data.Chronic;

/// <summary>The patient's chronic-care card: enrolments, readings over time, medicines over time.</summary>
public sealed record CareCard(Guid PersonId, string ProvinceCode, string FullName, IReadOnlyList<EnrolmentDto> Enrolments,
    IReadOnlyList<CareReading> Readings, IReadOnlyList<CareMedication> Medications) : IPersonReference
{
    /// <summary>Age in completed years today (the diabetes target is individualised from 60).</summary>
    public int Age { get; init; }

    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => [(PersonId, ProvinceCode)];
}
