namespace CoSo.Core.Chronic;

/// <summary>
/// A registered patient as one station's indicators see them. LeftOn = transferred out or moved away; ArrivedOn =
/// transferred in (the registration date stays the original one, but the station counts the patient only from arrival).
/// </summary>
public sealed record CohortPatient(Guid Id, DateOnly RegisteredOn, IReadOnlyList<CohortVisit> Visits, DateOnly? DiedOn = null, DateOnly? LeftOn = null, DateOnly? ArrivedOn = null);
