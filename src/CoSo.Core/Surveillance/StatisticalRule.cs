namespace CoSo.Core.Surveillance;

/// <summary>
/// Parameters of the statistical detection (EARS C1, C2, C3) of one disease at district and province level, where
/// counts are large enough for a baseline to mean something.
/// <see cref="MinSigma"/>: the standard deviation used is at least this, so a week of 1 case after empty weeks is not
/// an aberration (R <c>surveillance::earsC</c> documents <c>minSigma</c> for sparse counts; with 0.5 the C1 bound after
/// empty weeks is 3.09 · 0.5 = 1.55 cases). <see cref="MinCases"/>: a week with fewer cases never alarms.
/// </summary>
public sealed record StatisticalRule(double MinSigma, int MinCases)
{
    public const double DefaultMinSigma = 0.5;
    public const int DefaultMinCases = 2;

    public static StatisticalRule Default { get; } = new(DefaultMinSigma, DefaultMinCases);
}
