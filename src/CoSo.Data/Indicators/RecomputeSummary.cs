namespace CoSo.Data.Indicators;

/// <summary>What a recomputation did: how many (station, month) pairs and how many result rows it wrote.</summary>
public sealed record RecomputeSummary(int Pairs, int ResultsWritten);
