using CoSo.Core.FamilyPlanning;

namespace CoSo.Data.FamilyPlanning;

/// <summary>A method started (at the station, with its first supply, or recorded from elsewhere).</summary>
public sealed record StartMethodInput(ContraceptiveMethod Method, DateOnly? StartedOn, decimal? Quantity, bool FromStation = true);

/// <summary>A supply given for an ongoing method.</summary>
public sealed record SupplyInput(DateOnly? GivenOn, decimal Quantity);

/// <summary>The method stopped, and why.</summary>
public sealed record StopMethodInput(DateOnly? StoppedOn, string? Reason);
