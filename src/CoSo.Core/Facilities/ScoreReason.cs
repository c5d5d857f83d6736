namespace CoSo.Core.Facilities;

/// <summary>
/// Why an assessment does not pass: <see cref="Code"/> is the message key (facilities.score.*), <see cref="Subject"/>
/// the indicator or criterion concerned (null for the total), with the message in Vietnamese and English.
/// </summary>
public sealed record ScoreReason(string Code, string? Subject, string MessageVi, string MessageEn);
