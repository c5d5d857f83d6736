namespace CoSo.Data.Immunization;

public sealed record DueVillageDto(Guid? VillageId, string VillageName, IReadOnlyList<DueChildDto> Children);
