using CoSo.Core.Pharmacy;

namespace CoSo.Data.Pharmacy;

public sealed record StockLotDto(
    Guid Id, Guid StationId, string DrugCode, string DrugName, string Unit, string LotNumber, DateOnly ExpiryDate, decimal UnitPrice,
    decimal Quantity, DateOnly ReceivedOn, string? Supplier, int Version)
{
    public static StockLotDto From(StockLot l, Drug? d) =>
        new(l.Id, l.StationId, l.DrugCode, d?.Display ?? l.DrugCode, d?.Unit ?? string.Empty, l.LotNumber, l.ExpiryDate, l.UnitPrice, l.Quantity, l.ReceivedOn, l.Supplier, l.Version);
}
