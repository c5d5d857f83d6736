namespace CoSo.Core.Chronic;

/// <summary>What the high-risk rules look at, gathered from the person, the health record and past visits.</summary>
public sealed record HighRiskFacts(int Age, decimal? LatestBmi, bool CurrentTobacco, bool FamilyHistory, int? MaxSystolic, int? MaxDiastolic);
