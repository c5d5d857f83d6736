namespace CoSo.Core.Maternal;

/// <summary>A schedule of antenatal or postnatal contacts as data (data/maternal/care-schedules.json).</summary>
public sealed record CareSchedule(string Code, string NameVi, string NameEn, string Source, bool IsDefault, IReadOnlyList<CareSlot> Slots);
