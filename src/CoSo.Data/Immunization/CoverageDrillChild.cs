namespace CoSo.Data.Immunization;

public sealed record CoverageDrillChild(Guid PersonId, string ProvinceCode, string FullName, DateOnly BirthDate, string? VillageName, bool Counted);
