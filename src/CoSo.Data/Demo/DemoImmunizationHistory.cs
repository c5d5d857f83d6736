using CoSo.Core.Immunization;

namespace CoSo.Data.Demo;

/// <summary>
/// A child's routine dose history simulated with the schedule engine, for demo and benchmark data: the family comes
/// back when a dose falls due, a few days to weeks late, and each due dose is given with the family's compliance —
/// 70 % of families on time (97 % of doses, at most 10 days late), 25 % late (85 %, up to 45 days), 5 % dropping out
/// (40 %, up to 120 days) — so the due list holds both due and overdue children.
/// </summary>
public static class DemoImmunizationHistory
{
    public static List<GivenDose> Simulate(ImmunizationSchedule schedule, Random random, DateOnly birth, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(random);
        var roll = random.NextDouble();
        var (compliance, maxDelay) = roll < 0.70 ? (0.97, 10) : roll < 0.95 ? (0.85, 45) : (0.4, 120);
        var given = new List<GivenDose>();
        var visit = birth.AddDays(random.Next(0, 3));
        for (var guard = 0; guard < 40 && visit < today; guard++)
        {
            DateOnly? next = null;
            foreach (var e in ScheduleEngine.Evaluate(schedule, birth, visit, given, ChildProgrammes.Routine))
            {
                if (e.Status is DoseStatus.Due or DoseStatus.Overdue && random.NextDouble() < compliance)
                {
                    given.Add(new GivenDose(e.Vaccine, e.Dose, visit));
                }
                else if (e.Status == DoseStatus.Upcoming && e.RecommendedDate is { } rec && (next is null || rec < next))
                {
                    next = rec;
                }
            }

            var after = next ?? visit.AddDays(30);
            visit = (after > visit ? after : visit.AddDays(30)).AddDays(random.Next(0, maxDelay + 1));
        }

        return given;
    }
}
