using CoSo.Core.FamilyPlanning;

namespace CoSo.Data.FamilyPlanning;

/// <summary>A woman whose next supply is due (or late): for the station's and the village worker's reminder list.</summary>
public sealed record ResupplyDueItem(Guid UseId, Guid PersonId, string ProvinceCode, string FullName, string? Phone, Guid? VillageId, ContraceptiveMethod Method, DateOnly Due, int DaysLate, string? VillageName = null);
