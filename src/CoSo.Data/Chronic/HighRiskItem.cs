using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

public sealed record HighRiskItem(Guid PersonId, string ProvinceCode, string FullName, string? Phone, Guid? VillageId, int Age,
    IReadOnlyList<HighRiskReason> Reasons, DateOnly? LastBpOn, DateOnly? LastGlucoseOn);
