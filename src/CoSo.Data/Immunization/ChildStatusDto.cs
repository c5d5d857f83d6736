using CoSo.Core.Immunization;
using CoSo.Core.People;

namespace CoSo.Data.Immunization;

/// <summary>A line of the children's register: the child and the engine's summary of its schedule.</summary>
public sealed record ChildStatusDto(
    Guid PersonId, string ProvinceCode, string FullName, DateOnly BirthDate, Sex Sex, Guid? VillageId, string? VillageName, StatusSummary Status);
