using CoSo.Core.People;

namespace CoSo.Data.People;

public sealed record HouseholdMemberDto(Guid PersonId, string FullName, int BirthYear, Sex Sex, HouseholdRelationship? Relationship, bool IsDeceased);
