namespace CoSo.Data.People;

public sealed record HouseholdInput(string? Code, string? AddressLine, Guid? OrgUnitId, Guid? VillageId);
