using CoSo.Data.People;

namespace CoSo.Data.Immunization;

/// <summary>The due list of a session day, grouped by village.</summary>
public sealed record DueList(SessionDto Session, string StationName, IReadOnlyList<DueVillageDto> Villages) : IPersonReference
{
    public IEnumerable<(Guid PersonId, string ProvinceCode)> People =>
        Villages.SelectMany(v => v.Children).SelectMany(c => c.ShownPeople.Select(p => (p, c.ProvinceCode)).Prepend((c.PersonId, c.ProvinceCode)));
}
