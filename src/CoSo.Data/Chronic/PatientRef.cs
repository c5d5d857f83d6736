namespace CoSo.Data.Chronic;

public sealed record PatientRef(Guid PersonId, string ProvinceCode, string FullName, string? Phone, Guid? VillageId);
