namespace CoSo.Core.Pharmacy;

/// <summary>Units taken from one lot by an issue.</summary>
public sealed record LotTake(StockLot Lot, decimal Quantity);
