namespace CoSo.Data.People;

public sealed record HouseholdDto(Guid Id, string ProvinceCode, string Code, string? AddressLine, Guid OrgUnitId, Guid? VillageId, string? VillageName, Guid? HeadPersonId, IReadOnlyList<HouseholdMemberDto> Members, int Version) : IPersonReference
{
    IEnumerable<(Guid PersonId, string ProvinceCode)> IPersonReference.People => Members.Select(m => (m.PersonId, ProvinceCode));
}
