using CoSo.Data.People;

namespace CoSo.Data.Surveillance;

public sealed record CaseProposalList(IReadOnlyList<CaseProposal> Items) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People => Items.Select(i => (i.PersonId, i.ProvinceCode));
}
