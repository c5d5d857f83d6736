namespace CoSo.Data.Chronic;

public sealed record TransferInput(Guid ToStationId);
