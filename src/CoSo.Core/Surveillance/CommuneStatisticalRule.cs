using CoSo.Core.Surveillance.Ears;

namespace CoSo.Core.Surveillance;

/// <summary>
/// Statistical detection of one high-volume syndrome (acute diarrhoea, influenza, COVID-19, …) in a commune, where
/// no fixed threshold fits: one EARS method (<see cref="Method"/>, C2 by default: its two-week guard band keeps an
/// outbreak's first week out of the next weeks' baseline) with a floor under the baseline's standard deviation
/// (<see cref="MinSigma"/>, 1 by default: R <c>surveillance::earsC</c> documents that "Howard Burkom usually uses a
/// value of 0.5 or 1 for sparse data"; with 1 and α = 0.001 a commune whose baseline weeks were empty alarms above
/// 3.09 cases) and a minimum count in the week (<see cref="MinCases"/>, 3 by default: the low-count guard of
/// Farrington's method, R <c>farringtonFlexible</c>'s <c>limit54</c>, in the same spirit).
/// </summary>
public sealed record CommuneStatisticalRule
{
    public const double DefaultMinSigma = 1;
    public const int DefaultMinCases = 3;

    public CommuneStatisticalRule(EarsMethod method, double minSigma, int minCases)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown EARS method.");
        }

        if (!(minSigma >= 0) || double.IsInfinity(minSigma))
        {
            throw new ArgumentOutOfRangeException(nameof(minSigma), minSigma, "The minimum sigma must be a finite number ≥ 0.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(minCases, 1);
        Method = method;
        MinSigma = minSigma;
        MinCases = minCases;
    }

    public EarsMethod Method { get; }

    public double MinSigma { get; }

    public int MinCases { get; }
}
