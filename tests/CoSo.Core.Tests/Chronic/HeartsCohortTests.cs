using CoSo.Core.Chronic;

namespace CoSo.Core.Tests.Chronic;

/// <summary>
/// Issue 16's worked cohort of eight patients (definitions of Simple's "What we report" and the WHO HEARTS technical
/// package): the March 2026 window is 01/01–31/03/2026, the 12-month window 01/04/2025–31/03/2026.
/// Expected by hand: cumulative 7 (the dead patient out), registered before the window 6, lost to follow-up 1,
/// denominator 6 − 1 = 5; controlled 1 (139/89), uncontrolled 2 (140/85 and 135/90), visited without BP 1, missed 1;
/// the second control rate = 1 / 6 (the lost to follow-up stay in its denominator as not controlled).
/// </summary>
public sealed class HeartsCohortTests
{
    private static readonly DateOnly Before = new(2025, 6, 1);

    private static CohortVisit Bp(int y, int m, int d, int sys, int dia) => new(new DateOnly(y, m, d), sys, dia);

    private static readonly CohortPatient[] Eight =
    [
        new(Guid.NewGuid(), new DateOnly(2026, 2, 10), [Bp(2026, 2, 10, 150, 95)]),                                  // 1 registered in the window
        new(Guid.NewGuid(), Before, [Bp(2025, 6, 1, 160, 100), Bp(2026, 1, 15, 150, 95), Bp(2026, 3, 10, 139, 89)]),  // 2 latest wins: controlled
        new(Guid.NewGuid(), Before, [Bp(2025, 6, 1, 160, 100), Bp(2026, 2, 20, 140, 85)]),                          // 3 140 is not < 140
        new(Guid.NewGuid(), Before, [Bp(2025, 6, 1, 160, 100), Bp(2026, 3, 5, 135, 90)]),                           // 4 90 is not < 90
        new(Guid.NewGuid(), Before, [Bp(2025, 6, 1, 160, 100), new CohortVisit(new DateOnly(2026, 3, 1))]),         // 5 visited, no BP
        new(Guid.NewGuid(), Before, [Bp(2025, 6, 1, 160, 100), Bp(2025, 11, 1, 130, 80)]),                          // 6 missed visit (seen in 12 months, not in 3)
        new(Guid.NewGuid(), new DateOnly(2024, 1, 1), [Bp(2024, 1, 1, 170, 100), Bp(2025, 2, 1, 130, 80)]),         // 7 lost to follow-up
        new(Guid.NewGuid(), Before, [Bp(2025, 6, 1, 160, 100), Bp(2026, 1, 20, 120, 70)], DiedOn: new DateOnly(2026, 2, 1)), // 8 died
    ];

    [Fact]
    public void Both_control_rates_of_the_eight_patient_cohort()
    {
        var m = HeartsIndicators.Compute(Eight, ChronicProgramme.Hypertension, new ReportMonth(2026, 3));
        Assert.Equal(7, m.CumulativeRegistered.Numerator);
        Assert.Equal((1, 6), (m.LostToFollowUp.Numerator, m.LostToFollowUp.Denominator));
        Assert.Equal((1, 5), (m.Controlled.Numerator, m.Controlled.Denominator));
        Assert.Equal(20.0m, m.Controlled.Percent);
        Assert.Equal((1, 6), (m.ControlledOfRegistered.Numerator, m.ControlledOfRegistered.Denominator));
        Assert.Equal(16.7m, m.ControlledOfRegistered.Percent);
        Assert.Equal([Eight[1].Id], m.Controlled.PatientIds);
        Assert.Equal([Eight[2].Id, Eight[3].Id], m.Uncontrolled.PatientIds);
        Assert.Equal([Eight[4].Id], m.VisitNoMeasure.PatientIds);
        Assert.Equal([Eight[5].Id], m.MissedVisit.PatientIds);
        Assert.Equal([Eight[6].Id], m.LostToFollowUp.PatientIds);
    }

    /// <summary>Simple's quarterly cohort: registered in Q3 2025, outcome = the latest BP of Q4 2025.</summary>
    [Fact]
    public void The_quarterly_cohort_judges_each_registration_by_the_next_quarter()
    {
        CohortPatient[] q3 =
        [
            new(Guid.NewGuid(), new DateOnly(2025, 7, 10), [Bp(2025, 7, 10, 160, 100), Bp(2025, 11, 20, 130, 80)]),                    // controlled
            new(Guid.NewGuid(), new DateOnly(2025, 8, 1), [Bp(2025, 8, 1, 160, 100), Bp(2025, 10, 5, 120, 70), Bp(2025, 12, 20, 150, 95)]), // latest wins: uncontrolled
            new(Guid.NewGuid(), new DateOnly(2025, 9, 15), [Bp(2025, 9, 15, 150, 95), new CohortVisit(new DateOnly(2025, 12, 1))]),    // visited, no BP
            new(Guid.NewGuid(), new DateOnly(2025, 9, 30), [Bp(2025, 9, 30, 150, 95), Bp(2026, 1, 5, 120, 70)]),                        // nothing in Q4: missed
            new(Guid.NewGuid(), new DateOnly(2025, 6, 30), [Bp(2025, 6, 30, 150, 95), Bp(2025, 11, 1, 120, 70)]),                       // Q2: not in the cohort
            new(Guid.NewGuid(), new DateOnly(2025, 7, 1), [Bp(2025, 7, 1, 150, 95)], DiedOn: new DateOnly(2025, 12, 1)),               // died in Q4
        ];

        var c = HeartsIndicators.Cohort(q3, ChronicProgramme.Hypertension, 2025, 3);
        Assert.Equal("2025-Q3", c.Quarter);
        Assert.Equal(5, c.Registered.Numerator);
        Assert.Equal([q3[0].Id], c.Controlled.PatientIds);
        Assert.Equal(20.0m, c.Controlled.Percent);
        Assert.Equal([q3[1].Id], c.Uncontrolled.PatientIds);
        Assert.Equal([q3[2].Id], c.VisitNoMeasure.PatientIds);
        Assert.Equal([q3[3].Id], c.MissedVisit.PatientIds);
        Assert.Equal([q3[5].Id], c.DiedOrLeft.PatientIds);
    }
}
