using BenchmarkDotNet.Attributes;
using CoSo.Core.Immunization;

namespace CoSo.Bench.Immunization;

/// <summary>Target: 100,000 children evaluated in under 1 s on one core (a commune-wide overdue list).</summary>
[MemoryDiagnoser]
public class ScheduleEngineBench
{
    private const int Children = 100_000;
    private static readonly DateOnly AsOf = new(2025, 6, 1);

    private readonly ImmunizationSchedule _schedule = ImmunizationSchedule.LoadDefault();
    private DateOnly[] _births = [];
    private GivenDose[][] _given = [];

    [GlobalSetup]
    public void Setup()
    {
        // Children aged 0-5 years, each with the doses of the routine schedule due before today given
        // a few days late (some too early, to exercise invalid doses).
        var random = new Random(42);
        _births = new DateOnly[Children];
        _given = new GivenDose[Children][];
        var plan = _schedule.Rules.Where(r => r.Programme == ImmunizationProgramme.Routine && r.EffectiveFrom.Year < 2020).ToArray();
        var doses = new List<GivenDose>();
        for (var i = 0; i < Children; i++)
        {
            var birth = AsOf.AddDays(-random.Next(0, 5 * 365));
            _births[i] = birth;
            doses.Clear();
            foreach (var rule in plan)
            {
                var date = rule.RecommendedAge!.Value.AddTo(birth).AddDays(random.Next(-10, 30));
                if (date <= AsOf && date >= birth)
                {
                    doses.Add(new GivenDose(rule.Vaccine, rule.Dose, date));
                }
            }

            _given[i] = [.. doses];
        }
    }

    [Benchmark(OperationsPerInvoke = Children)]
    public int EvaluateChild()
    {
        var total = 0;
        for (var i = 0; i < Children; i++)
        {
            total += ScheduleEngine.Evaluate(_schedule, _births[i], AsOf, _given[i], ChildProgrammes.Routine).Count;
        }

        return total;
    }
}
