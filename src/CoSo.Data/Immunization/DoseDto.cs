using CoSo.Core.Immunization;

namespace CoSo.Data.Immunization;

/// <summary>A recorded dose; <see cref="Invalid"/> is the engine's verdict at read time, never stored.</summary>
public sealed record DoseDto(
    Guid Id, Guid PersonId, string Vaccine, int DoseNumber, DateOnly GivenOn, string? LotNumber, DateOnly? LotExpiry, string? Site,
    Guid? AdministeredByUserId, DosePlace Place, string? PlaceText, Guid? SessionId, string? OverrideReason, bool Invalid,
    TimeOnly? GivenTime = null);
