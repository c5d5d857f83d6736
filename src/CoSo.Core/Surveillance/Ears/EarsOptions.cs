namespace CoSo.Core.Surveillance.Ears;

/// <summary>
/// Parameters of an EARS run. Defaults follow R <c>surveillance::earsC</c> (baseline 7, minSigma 0,
/// alpha 0.001) and, for C3, CDC's EARS threshold of 2.
/// </summary>
public sealed record EarsOptions
{
    public const int DefaultBaseline = 7;
    public const double DefaultAlpha = 0.001;
    public const double DefaultMinSigma = 0.0;
    public const double DefaultThreshold = 2.0;

    public EarsOptions(
        EarsMethod method,
        int baseline = DefaultBaseline,
        double alpha = DefaultAlpha,
        double minSigma = DefaultMinSigma,
        double threshold = DefaultThreshold)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown EARS method.");
        }

        // R's earsC refuses baselines under 3: a standard deviation of one or two values is meaningless.
        if (baseline < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(baseline), baseline, "The baseline must be at least 3 periods.");
        }

        if (!(alpha > 0.0 && alpha < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Alpha must lie strictly between 0 and 1.");
        }

        if (!(minSigma >= 0.0) || double.IsInfinity(minSigma))
        {
            throw new ArgumentOutOfRangeException(nameof(minSigma), minSigma, "The minimum sigma must be a finite number ≥ 0.");
        }

        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The C3 threshold must be a finite number.");
        }

        Method = method;
        Baseline = baseline;
        Alpha = alpha;
        MinSigma = minSigma;
        Threshold = threshold;
    }

    public EarsMethod Method { get; }

    /// <summary>Number of baseline periods, <c>b</c>.</summary>
    public int Baseline { get; }

    /// <summary>C1/C2 upper bound = mean + z(1 − alpha) · sd. Not used by C3.</summary>
    public double Alpha { get; }

    /// <summary>Floor under the baseline standard deviation.</summary>
    public double MinSigma { get; }

    /// <summary>C3 alarms when its statistic is strictly above this value. Not used by C1/C2.</summary>
    public double Threshold { get; }

    /// <summary>
    /// 0-based index of the first period the method can evaluate: b for C1, b + 2 for C2, b + 4 for C3
    /// (1-based: b + 1, b + 3, b + 5).
    /// </summary>
    public int FirstEvaluableIndex => Method switch
    {
        EarsMethod.C1 => Baseline,
        EarsMethod.C2 => Baseline + 2,
        _ => Baseline + 4,
    };
}
