namespace CoSo.Data.Facilities;

public sealed record ReviewInput(bool Approve, string? Note);
