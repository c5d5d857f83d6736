using BenchmarkDotNet.Attributes;
using CoSo.Core.Growth;
using CoSo.Core.People;

namespace CoSo.Bench.Growth;

/// <summary>
/// z-scores of 100,000 children's measurements (a province's yearly nutrition survey and more). Target: under 1 s.
/// The baseline is the bare LMS formula over the same rows with the table rows fetched beforehand (no lookup, no
/// interpolation, no restriction, rounding, flags or classes): what the arithmetic alone costs.
/// </summary>
[MemoryDiagnoser]
public class ZScoreBench
{
    private const int Measurements = 100_000;

    private readonly GrowthStandards _standards = GrowthStandards.LoadDefault();
    private Anthropometry[] _rows = [];
    private (Lms Wfa, Lms Lfa, Lms Wfl, Lms Bmi)[] _lms = [];

    [GlobalSetup]
    public void Setup()
    {
        // Children 0–59 months, weight and length drawn around the WHO medians of their age (sd ≈ 1.2 z), the
        // position right for the age 90 % of the time, 1 % with oedema: every branch of the calculator is taken.
        var random = new Random(20261202);
        _rows = new Anthropometry[Measurements];
        _lms = new (Lms, Lms, Lms, Lms)[Measurements];
        for (var i = 0; i < Measurements; i++)
        {
            var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
            var age = random.Next(0, ZScoreCalculator.LastAgeDay + 1);
            var wfa = _standards.AtAge(GrowthIndicator.WeightForAge, sex, age)!.Value;
            var lfa = _standards.AtAge(GrowthIndicator.LengthForAge, sex, age)!.Value;
            var weight = Math.Round(wfa.At(Normal(random) * 1.2), 2);
            var length = Math.Round(lfa.At(Normal(random) * 1.2), 1);
            var right = age < ZScoreCalculator.HeightFromDay ? MeasuredPosition.Lying : MeasuredPosition.Standing;
            var position = random.NextDouble() < 0.9 ? right : (right == MeasuredPosition.Lying ? MeasuredPosition.Standing : MeasuredPosition.Lying);
            _rows[i] = new Anthropometry(sex, age, weight, length, position, Oedema: random.NextDouble() < 0.01);

            var table = age < ZScoreCalculator.HeightFromDay ? GrowthIndicator.WeightForLength : GrowthIndicator.WeightForHeight;
            var wfl = _standards.AtLength(table, sex, Math.Clamp(length, table == GrowthIndicator.WeightForLength ? 45 : 65, table == GrowthIndicator.WeightForLength ? 110 : 120))!.Value;
            _lms[i] = (wfa, lfa, wfl, _standards.AtAge(GrowthIndicator.BmiForAge, sex, age)!.Value);
        }
    }

    [Benchmark(Baseline = true, Description = "bare LMS formula, rows prefetched")]
    public double BareFormula()
    {
        var sum = 0.0;
        for (var i = 0; i < Measurements; i++)
        {
            var r = _rows[i];
            var (wfa, lfa, wfl, bmi) = _lms[i];
            var w = r.WeightKg!.Value;
            var h = r.LengthCm!.Value / 100;
            sum += wfa.Z(w) + lfa.Z(r.LengthCm.Value) + wfl.Z(w) + bmi.Z(w / (h * h));
        }

        return sum;
    }

    [Benchmark(Description = "ZScoreCalculator.Assess (anthro rules)")]
    public double Assess()
    {
        var sum = 0.0;
        for (var i = 0; i < Measurements; i++)
        {
            var a = ZScoreCalculator.Assess(_standards, _rows[i]);
            sum += (a.Waz ?? 0) + (a.Haz ?? 0) + (a.Whz ?? 0) + (a.Baz ?? 0);
        }

        return sum;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
