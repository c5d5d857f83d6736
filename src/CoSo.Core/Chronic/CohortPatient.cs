namespace CoSo.Core.Chronic;

/// <summary>A registered patient as the indicators see them. LeftOn = transferred out or moved away from the station.</summary>
public sealed record CohortPatient(Guid Id, DateOnly RegisteredOn, IReadOnlyList<CohortVisit> Visits, DateOnly? DiedOn = null, DateOnly? LeftOn = null);
