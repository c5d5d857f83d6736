using CoSo.Core.Chronic;
using CoSo.Data.People;

namespace CoSo.Data.Chronic;

/// <summary>High-risk residents without a BP and glucose check in the period; T4 = checked / high-risk.</summary>
public sealed record HighRiskList(DateOnly Today, IReadOnlyList<HighRiskItem> Unchecked, Indicator T4) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => Unchecked.Select(i => (i.PersonId, i.ProvinceCode));
}
