using CoSo.Data.People;

namespace CoSo.Data.Surveillance;

/// <summary>The line list: one row per case, newest onset first.</summary>
public sealed record CaseReportList(IReadOnlyList<CaseReportDto> Items) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => Items.SelectMany(i => i.People);
}
