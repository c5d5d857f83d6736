namespace CoSo.Core.Growth;

/// <summary>
/// One row of a WHO growth-standard table: the Box-Cox power <see cref="L"/>, the median <see cref="M"/> and the
/// coefficient of variation <see cref="S"/>. The arithmetic follows anthro 1.1.0 (R/z-score-helper.R) operation by
/// operation, so that the doubles, and hence the rounded z-scores, are the same.
/// </summary>
public readonly record struct Lms(double L, double M, double S)
{
    /// <summary>z = ((y/M)^L − 1)/(L·S), unrestricted (length/height-for-age).</summary>
    public double Z(double y) => (Math.Pow(y / M, L) - 1) / (S * L);

    /// <summary>The measurement at <paramref name="z"/> SD: M·(1 + L·S·z)^(1/L) (the curves of a growth chart).</summary>
    public double At(double z) => M * Math.Pow(1 + (L * S * z), 1 / L);

    /// <summary>
    /// WHO's restricted z-score for the weight-based indicators: beyond ±3 SD the distance is measured in units of the
    /// gap between the 2 and 3 SD curves on that side, because the LMS tail is not trusted there.
    /// </summary>
    public double RestrictedZ(double y)
    {
        var z = Z(y);
        if (double.IsNaN(z))
        {
            return z;
        }

        if (z > 3)
        {
            var sd3Pos = At(3);
            return 3 + ((y - sd3Pos) / (sd3Pos - At(2)));
        }

        if (z < -3)
        {
            var sd3Neg = At(-3);
            return -3 + ((y - sd3Neg) / (At(-2) - sd3Neg));
        }

        return z;
    }
}
