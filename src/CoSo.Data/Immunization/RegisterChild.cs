using CoSo.Core.Immunization;
using CoSo.Core.People;

namespace CoSo.Data.Immunization;

/// <summary>A child of the register with its recorded doses (internal working shape).</summary>
internal sealed record RegisterChild(
    Guid Id, string ProvinceCode, string FullName, DateOnly BirthDate, Sex Sex, Guid? VillageId, Guid? HouseholdId, List<GivenDose> Doses);
