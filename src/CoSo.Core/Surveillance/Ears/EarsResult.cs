namespace CoSo.Core.Surveillance.Ears;

/// <summary>The outcome of one evaluated period.</summary>
/// <param name="Index">0-based position of the period in the input series.</param>
/// <param name="Count">The observed count.</param>
/// <param name="Statistic">
/// C1/C2: (count − mean) / max(sd, minSigma); C3: the C3 sum. With a zero spread the C1/C2
/// statistic is 0 when the count equals the mean and ±∞ otherwise (never NaN).
/// </param>
/// <param name="UpperBound">C1/C2: mean + z(1 − α) · max(sd, minSigma); null for C3.</param>
/// <param name="Alarm">C1/C2: count &gt; upper bound; C3: statistic &gt; threshold.</param>
public readonly record struct EarsResult(int Index, int Count, double Statistic, double? UpperBound, bool Alarm);
