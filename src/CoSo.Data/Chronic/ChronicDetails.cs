using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

/// <summary>What the care card's follow-up form adds to a visit: adherence, lab values, the protocol step chosen.</summary>
public sealed record ChronicDetails(Adherence Adherence, decimal? FastingGlucose, decimal? HbA1c, int? ProtocolStep);
