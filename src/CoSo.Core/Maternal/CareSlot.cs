namespace CoSo.Core.Maternal;

/// <summary>
/// One contact of a schedule, in days from its anchor (the start of pregnancy for antenatal care, the birth day for
/// postnatal care): a contact on day d with <see cref="FromDays"/> ≤ d &lt; <see cref="ToDays"/> counts for it; it is due
/// from <see cref="DueFromDays"/> and overdue from <see cref="OverdueFromDays"/>.
/// </summary>
public sealed record CareSlot(
    int Number, int FromDays, int DueFromDays, int OverdueFromDays, int ToDays, string LabelVi, string LabelEn, bool CoveredByFacilityBirth = false);
