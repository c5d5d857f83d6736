namespace CoSo.Data.Facilities;

/// <summary>A regional health centre's opinion on a submitted self-assessment (it stays submitted for the province).</summary>
public sealed record PreReviewInput(string? Note);
