using CoSo.Core.FamilyPlanning;

namespace CoSo.Data.FamilyPlanning;

public sealed record ContraceptiveUseDto(
    Guid Id, Guid PersonId, string ProvinceCode, ContraceptiveMethod Method, DateOnly StartedOn, DateOnly? StoppedOn, string? StopReason,
    bool FromStation, DateOnly? LastSupplyOn, decimal LastSupplyQuantity, DateOnly? NextSupplyDue, int Version)
{
    public static ContraceptiveUseDto From(ContraceptiveUse u) =>
        new(u.Id, u.PersonId, u.ProvinceCode, u.Method, u.StartedOn, u.StoppedOn, u.StopReason, u.FromStation, u.LastSupplyOn, u.LastSupplyQuantity, u.NextSupplyDue, u.Version);
}
