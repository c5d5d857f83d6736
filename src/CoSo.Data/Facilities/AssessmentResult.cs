using CoSo.Core.Facilities;

namespace CoSo.Data.Facilities;

public sealed record AssessmentResult(Guid StationId, string StationName, AssessmentStatus? Status, decimal? Points, bool? Passed);
