using CoSo.Core.Facilities;

namespace CoSo.Data.Facilities;

/// <summary>A self-assessment with its computed score; <see cref="Id"/> is null while nothing has been saved.</summary>
public sealed record AssessmentDto(
    Guid? Id,
    Guid StationId,
    string StationName,
    CriteriaSetSummary Set,
    int Year,
    AssessmentStatus Status,
    CriteriaScore Score,
    string? ReviewedBy,
    string? ReviewNote,
    int Version);
