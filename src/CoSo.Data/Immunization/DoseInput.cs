using CoSo.Core.Immunization;

namespace CoSo.Data.Immunization;

/// <summary>A dose to record. A dose the engine would not count is refused unless <see cref="OverrideReason"/> says why.</summary>
public sealed record DoseInput(
    string Vaccine,
    DateOnly GivenOn,
    int? DoseNumber = null,
    string? LotNumber = null,
    DateOnly? LotExpiry = null,
    string? Site = null,
    Guid? AdministeredByUserId = null,
    DosePlace? Place = null,
    string? PlaceText = null,
    Guid? SessionId = null,
    string? OverrideReason = null,
    TimeOnly? GivenTime = null);
