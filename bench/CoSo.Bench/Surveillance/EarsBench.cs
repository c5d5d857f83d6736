using BenchmarkDotNet.Attributes;
using CoSo.Core.Surveillance.Ears;

namespace CoSo.Bench.Surveillance;

/// <summary>
/// A national weekly run: 3,321 communes × 30 diseases × 104 weeks (two years) per method.
/// Target: all three methods together well under 5 s.
/// </summary>
[MemoryDiagnoser]
public class EarsBench
{
    private const int Communes = 3_321;
    private const int Diseases = 30;
    private const int Weeks = 104;

    private readonly EarsOptions c1 = new(EarsMethod.C1);
    private readonly EarsOptions c2 = new(EarsMethod.C2);
    private readonly EarsOptions c3 = new(EarsMethod.C3);
    private int[] counts = [];
    private EarsResult[] buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        // Fixed seed: small, mostly-zero counts with a seasonal wave, like commune-level notifications.
        buffer = new EarsResult[Weeks];
        var random = new Random(20260101);
        counts = new int[Communes * Diseases * Weeks];
        for (var s = 0; s < Communes * Diseases; s++)
        {
            var level = random.NextDouble() * 3.0;
            for (var w = 0; w < Weeks; w++)
            {
                var expected = level * (1.0 + (0.5 * Math.Sin(2 * Math.PI * w / 52.0)));
                counts[(s * Weeks) + w] = Poisson(random, expected);
            }
        }
    }

    [Benchmark]
    public int C1() => RunAll(c1);

    [Benchmark]
    public int C2() => RunAll(c2);

    [Benchmark]
    public int C3() => RunAll(c3);

    private int RunAll(EarsOptions options)
    {
        var alarms = 0;
        for (var start = 0; start < counts.Length; start += Weeks)
        {
            var n = EarsDetector.Evaluate(counts.AsSpan(start, Weeks), options, buffer);
            for (var i = 0; i < n; i++)
            {
                alarms += buffer[i].Alarm ? 1 : 0;
            }
        }

        return alarms;
    }

    private static int Poisson(Random random, double mean)
    {
        // Knuth's method: fine for the small means used here.
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }
}
