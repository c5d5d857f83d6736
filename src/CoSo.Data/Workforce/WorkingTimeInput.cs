namespace CoSo.Data.Workforce;

/// <summary>The body of PUT /api/v1/workforce/staff/{id}/postings/{postingId}/working-time.</summary>
public sealed record WorkingTimeInput(bool PartTime);
