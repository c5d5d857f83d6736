using CoSo.Core.People;
using CoSo.Data.People;

namespace CoSo.Data.Growth;

/// <summary>A child's measurements, oldest first, with what the growth chart needs (sex, birth date).</summary>
public sealed record ChildGrowth(Guid PersonId, string ProvinceCode, string FullName, Sex Sex, DateOnly? BirthDate, IReadOnlyList<GrowthMeasurementDto> Measurements) : IPersonReference
{
    public GrowthMeasurementDto? Latest => Measurements.Count == 0 ? null : Measurements[^1];

    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => [(PersonId, ProvinceCode)];
}
