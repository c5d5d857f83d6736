using CoSo.Core.Facilities;

namespace CoSo.Data.Facilities;

/// <summary>
/// A self-assessment with its computed score (<see cref="CriteriaScore.Reasons"/> says why it does not pass);
/// <see cref="Id"/> is null while nothing has been saved. <see cref="RecognisedUntil"/> is set once the province has
/// approved a passing assessment under a set with a validity period.
/// </summary>
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
    int Version,
    DateTimeOffset? ReviewedAt = null,
    string? PreReviewedBy = null,
    string? PreReviewNote = null,
    DateOnly? RecognisedUntil = null);
