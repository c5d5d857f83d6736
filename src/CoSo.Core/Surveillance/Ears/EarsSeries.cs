namespace CoSo.Core.Surveillance.Ears;

/// <summary>A series of counts with the period labels they were given in, echoed unchanged on output.</summary>
public sealed record EarsSeries(IReadOnlyList<string> Periods, int[] Counts);
