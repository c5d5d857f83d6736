using CoSo.Data.People;

namespace CoSo.Data.Maternal;

/// <summary>Pregnant women due or overdue for antenatal care on a schedule (overdue first, riskiest first).</summary>
public sealed record AncDueList(DateOnly Today, string ScheduleCode, IReadOnlyList<AncDueItem> Items) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => Items.Select(i => (i.PersonId, i.ProvinceCode));
}
