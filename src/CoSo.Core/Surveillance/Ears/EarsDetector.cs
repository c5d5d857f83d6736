using CoSo.Core.Common.Statistics;

namespace CoSo.Core.Surveillance.Ears;

/// <summary>
/// EARS C1, C2 and C3 over one series of counts per period (see docs/surveillance-ears.md).
/// Pure; the buffer overload allocates nothing, for national runs over ~100,000 series.
/// </summary>
public static class EarsDetector
{
    // C2's baseline ends 3 periods before the current one: periods t−1 and t−2 are a guard band so
    // that the start of an outbreak does not inflate its own baseline.
    private const int C2Lag = 2;

    /// <summary>
    /// Evaluates every period the method can evaluate (from index <see cref="EarsOptions.FirstEvaluableIndex"/>);
    /// a series too short for even one evaluation gives an empty array.
    /// </summary>
    public static EarsResult[] Evaluate(ReadOnlySpan<int> counts, EarsOptions options)
    {
        var results = new EarsResult[ResultCount(counts.Length, options)];
        Evaluate(counts, options, results);
        return results;
    }

    /// <summary>
    /// As <see cref="Evaluate(ReadOnlySpan{int}, EarsOptions)"/>, into a caller-owned buffer so that a
    /// national run over ~100,000 series allocates nothing per series. Returns the number of results.
    /// </summary>
    public static int Evaluate(ReadOnlySpan<int> counts, EarsOptions options, Span<EarsResult> destination)
    {
        foreach (var count in counts)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(counts), count, "Counts must not be negative.");
            }
        }

        var n = ResultCount(counts.Length, options);
        if (destination.Length < n)
        {
            throw new ArgumentException($"The destination holds {destination.Length} results; {n} are needed.", nameof(destination));
        }

        if (n == 0)
        {
            return 0;
        }

        if (options.Method == EarsMethod.C3)
        {
            EvaluateC3(counts, options, destination);
            return n;
        }

        var first = options.FirstEvaluableIndex;
        var lag = options.Method == EarsMethod.C2 ? C2Lag : 0;
        var z = NormalDistribution.Quantile(1.0 - options.Alpha);
        for (var t = first; t < counts.Length; t++)
        {
            var (mean, sigma) = Baseline(counts, t - lag - options.Baseline, options.Baseline, options.MinSigma);
            var upper = mean + (z * sigma);
            var count = counts[t];
            destination[t - first] = new EarsResult(t, count, Standardise(count, mean, sigma), upper, count > upper);
        }

        return n;
    }

    /// <summary>How many periods of a series of <paramref name="length"/> the method evaluates.</summary>
    public static int ResultCount(int length, EarsOptions options) => Math.Max(0, length - options.FirstEvaluableIndex);

    private static void EvaluateC3(ReadOnlySpan<int> counts, EarsOptions options, Span<EarsResult> results)
    {
        var first = options.FirstEvaluableIndex;
        var b = options.Baseline;

        // Excess of the C2 statistic over 1 at t−2 and t−1, carried along as the window slides.
        var older = C2Excess(counts, first - 2, b, options.MinSigma);
        var previous = C2Excess(counts, first - 1, b, options.MinSigma);
        for (var t = first; t < counts.Length; t++)
        {
            var current = C2Excess(counts, t, b, options.MinSigma);
            var statistic = older + previous + current;
            results[t - first] = new EarsResult(t, counts[t], statistic, null, statistic > options.Threshold);
            older = previous;
            previous = current;
        }
    }

    private static double C2Excess(ReadOnlySpan<int> counts, int t, int b, double minSigma)
    {
        var (mean, sigma) = Baseline(counts, t - C2Lag - b, b, minSigma);
        return Math.Max(0.0, Standardise(counts[t], mean, sigma) - 1.0);
    }

    private static (double Mean, double Sigma) Baseline(ReadOnlySpan<int> counts, int start, int b, double minSigma)
    {
        // Integer sums make the variance exact up to the final division (b·Σx² − (Σx)² is an exact
        // integer), so a flat baseline gives sd = 0 exactly rather than 1e-16 noise.
        long sum = 0;
        long sumOfSquares = 0;
        foreach (var x in counts.Slice(start, b))
        {
            sum += x;
            sumOfSquares = checked(sumOfSquares + ((long)x * x));
        }

        var scaledSquares = checked((b * sumOfSquares) - (sum * sum));
        var variance = scaledSquares / ((double)b * (b - 1));
        var mean = sum / (double)b;
        return (mean, Math.Max(Math.Sqrt(variance), minSigma));
    }

    private static double Standardise(int count, double mean, double sigma)
    {
        var deviation = count - mean;
        if (sigma > 0.0)
        {
            return deviation / sigma;
        }

        // A perfectly flat baseline with minSigma 0: 0/0 is read as "no deviation", x/0 as infinitely
        // unusual, which keeps the C3 sum and the alarms defined where R returns NaN/NA.
        return deviation == 0.0 ? 0.0 : Math.CopySign(double.PositiveInfinity, deviation);
    }
}
