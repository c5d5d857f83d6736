namespace CoSo.Core.Growth;

/// <summary>
/// R's <c>round(x, 2)</c> as anthro calls it (R ≥ 4.0.0, src/nmath/fround.c): of the two neighbours at 2 decimals,
/// the one nearer to x measured in doubles, the even one on a tie. Math.Round(x, 2) scales by 100 first and lands on
/// the other neighbour about once in four "…5" cases: 0.015 is 0.01499999… as a double, R gives 0.01, Math.Round 0.02.
/// </summary>
internal static class RRound
{
    private const double Log10Of2 = 0.301029995663981195213738894724;

    public static double ToHundredths(double x)
    {
        if (!double.IsFinite(x) || x == 0)
        {
            return x;
        }

        var sign = 1.0;
        if (x < 0)
        {
            sign = -1.0;
            x = -x;
        }

        // More digits than a double holds: nothing to round (R's DBL_DIG test).
        if ((Log10Of2 * (0.5 + Math.ILogB(x))) + 2 > 15)
        {
            return sign * x;
        }

        var x100 = x * 100;
        var down100 = Math.Floor(x100);
        var down = down100 / 100;
        var up = Math.Ceiling(x100) / 100;
        var toUp = up - x;
        var toDown = x - down;
        return sign * ((toUp < toDown || (down100 % 2 == 1 && toUp == toDown)) ? up : down);
    }
}
