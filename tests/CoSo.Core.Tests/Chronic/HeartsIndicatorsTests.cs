using CoSo.Core.Chronic;

namespace CoSo.Core.Tests.Chronic;

/// <summary>
/// A hand-built hypertension cohort. Expected figures are worked out here from the written definitions:
/// report month March 2026 → E = 2026-03-31; 3-month window = 2026-01-01..2026-03-31; 12-month window =
/// 2025-04-01..2026-03-31; "registered in the last 3 months" = registered on or after 2026-01-01.
/// </summary>
public sealed class HeartsIndicatorsTests
{
    private static readonly ReportMonth March = new(2026, 3);

    private static readonly CohortPatient P1 = Patient(1, "2025-06-10", V("2026-03-15", 130, 80));                       // controlled
    private static readonly CohortPatient P2 = Patient(2, "2025-06-10", V("2026-02-01", 128, 85), V("2026-03-20", 150, 85)); // latest 150/85 → uncontrolled
    private static readonly CohortPatient P3 = Patient(3, "2025-05-01", V("2026-01-01", 135, 85));                       // first day of window → controlled
    private static readonly CohortPatient P4 = Patient(4, "2025-05-01", V("2025-12-31", 120, 80));                       // one day before window → missed
    private static readonly CohortPatient P5 = Patient(5, "2026-01-15", V("2026-03-01", 170, 100));                      // registered 2.5 months ago → not in control denominator
    private static readonly CohortPatient P6 = Patient(6, "2025-01-10", V("2025-12-20", 130, 80), V("2026-02-01", 130, 80)) with { DiedOn = D("2026-02-10") };
    private static readonly CohortPatient P7 = Patient(7, "2025-01-10", V("2026-03-10", 120, 70)) with { LeftOn = D("2026-03-31") };
    private static readonly CohortPatient P8 = Patient(8, "2024-06-01", V("2025-03-31", 150, 95));                       // one day before the 12-month window → LTFU
    private static readonly CohortPatient P9 = Patient(9, "2025-02-01", V("2026-01-10", 145, 95), V("2026-03-05", null, null)); // latest *measured* is 145/95 → uncontrolled
    private static readonly CohortPatient P10 = Patient(10, "2025-02-01", V("2026-02-02", null, null));                  // visit but no BP
    private static readonly CohortPatient P11 = Patient(11, "2026-04-02", V("2026-04-02", 120, 80));                     // registered after E → not counted
    private static readonly CohortPatient P12 = Patient(12, "2025-03-01", V("2026-03-31", 139, 90));                     // diastolic 90 is not < 90 → uncontrolled

    private static readonly CohortPatient[] All = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12];

    [Fact]
    public void March_cohort_counts_match_the_hand_worked_figures()
    {
        var m = HeartsIndicators.Compute(All, ChronicProgramme.Hypertension, March);

        // Alive and at the station on 31 March, registered by then: all but P6 (died), P7 (left on E) and P11 (later).
        AssertIds(m.CumulativeRegistered, 9, 9, 1, 2, 3, 4, 5, 8, 9, 10, 12);
        AssertIds(m.NewRegistrations, 0, 9);
        // A contact since 1 April 2025: all of the 9 except P8.
        AssertIds(m.UnderCare, 8, 9, 1, 2, 3, 4, 5, 9, 10, 12);
        // Registered before 1 January 2026: 1,2,3,4,8,9,10,12 (8 patients); P8 has no contact in 12 months.
        AssertIds(m.LostToFollowUp, 1, 8, 8);
        // Control denominator: those 8 minus P8 = 7.
        AssertIds(m.Controlled, 2, 7, 1, 3);
        AssertIds(m.Uncontrolled, 3, 7, 2, 9, 12);
        AssertIds(m.VisitNoMeasure, 1, 7, 10);
        AssertIds(m.MissedVisit, 1, 7, 4);
        Assert.Equal(28.6m, m.Controlled.Percent);
    }

    [Fact]
    public void A_patient_counts_until_the_month_of_death_and_a_transferred_one_until_the_transfer()
    {
        // January 2026: window 2025-11-01..2026-01-31. P6 is alive (dies 10 Feb) and was seen 20 Dec at 130/80.
        var january = HeartsIndicators.Compute([P6, P7], ChronicProgramme.Hypertension, new ReportMonth(2026, 1));
        AssertIds(january.Controlled, 1, 1, 6);
        // P7 has no contact on or before 31 Jan within 12 months → lost to follow-up, but still registered.
        AssertIds(january.LostToFollowUp, 1, 2, 7);
        AssertIds(january.CumulativeRegistered, 2, 2, 6, 7);

        // February: P6 died on 10 Feb (≤ E = 28 Feb) → gone; P7 still here.
        var february = HeartsIndicators.Compute([P6, P7], ChronicProgramme.Hypertension, new ReportMonth(2026, 2));
        AssertIds(february.CumulativeRegistered, 1, 1, 7);
    }

    [Fact]
    public void A_transfer_moves_the_patient_between_stations_in_the_month_of_transfer_without_double_counting()
    {
        // Registered 2025-01-10 at A, transferred to B on 2026-02-15; one visit 2026-02-20 at 125/80.
        var atA = Patient(20, "2025-01-10", V("2026-02-20", 125, 80)) with { LeftOn = D("2026-02-15") };
        var atB = Patient(20, "2025-01-10", V("2026-02-20", 125, 80)) with { ArrivedOn = D("2026-02-15") };
        var january = new ReportMonth(2026, 1);
        // January: still at A only (B counts from 15 Feb).
        Assert.Equal(1, HeartsIndicators.Compute([atA], ChronicProgramme.Hypertension, january).CumulativeRegistered.Numerator);
        Assert.Equal(0, HeartsIndicators.Compute([atB], ChronicProgramme.Hypertension, january).CumulativeRegistered.Numerator);
        // March: at B, registered long ago → in B's control denominator, controlled by the 20 Feb visit; gone from A.
        var bMarch = HeartsIndicators.Compute([atB], ChronicProgramme.Hypertension, March);
        AssertIds(bMarch.Controlled, 1, 1, 20);
        Assert.Equal(0, HeartsIndicators.Compute([atA], ChronicProgramme.Hypertension, March).CumulativeRegistered.Numerator);
    }

    [Fact]
    public void Diabetes_control_uses_HbA1c_when_measured_and_fasting_glucose_otherwise()
    {
        CohortPatient[] patients =
        [
            Patient(1, "2025-01-01", new CohortVisit(D("2026-03-01"), HbA1c: 6.9m)),                          // < 7 → controlled
            Patient(2, "2025-01-01", new CohortVisit(D("2026-03-01"), FastingGlucose: 7.0m)),                 // 7.0 is not < 7.0
            Patient(3, "2025-01-01", new CohortVisit(D("2026-03-01"), FastingGlucose: 6.0m, HbA1c: 7.2m)),    // HbA1c decides → uncontrolled
            Patient(4, "2025-01-01", new CohortVisit(D("2026-03-01"), FastingGlucose: 6.9m)),                 // controlled
            Patient(5, "2025-01-01", V("2026-03-01", 120, 80)),                                               // BP only → no glucose measure
        ];
        var m = HeartsIndicators.Compute(patients, ChronicProgramme.Diabetes, March);
        AssertIds(m.Controlled, 2, 5, 1, 4);
        AssertIds(m.Uncontrolled, 2, 5, 2, 3);
        AssertIds(m.VisitNoMeasure, 1, 5, 5);
    }

    [Fact]
    public void Roll_up_sums_numerators_and_denominators_instead_of_averaging_percentages()
    {
        // Station X 1/2 (50 %), station Y 9/10 (90 %): district = 10/12 = 83.3 %, not (50+90)/2 = 70 %.
        var x = new Indicator(1, 2, [Id(1)]);
        var y = new Indicator(9, 10, [.. Enumerable.Range(10, 9).Select(Id)]);
        var district = Indicator.Sum([x, y]);
        Assert.Equal(10, district.Numerator);
        Assert.Equal(12, district.Denominator);
        Assert.Equal(83.3m, district.Percent);
    }

    [Fact]
    public void Report_month_windows_are_whole_calendar_months()
    {
        var m = new ReportMonth(2026, 3);
        Assert.Equal(D("2026-03-31"), m.End);
        Assert.Equal(D("2026-01-01"), m.ThreeMonthStart);
        Assert.Equal(D("2025-04-01"), m.TwelveMonthStart);
        Assert.Equal(D("2024-02-29"), new ReportMonth(2024, 2).End);
    }

    private static void AssertIds(Indicator indicator, int numerator, int denominator, params int[] ids)
    {
        Assert.Equal(numerator, indicator.Numerator);
        Assert.Equal(denominator, indicator.Denominator);
        if (ids.Length > 0 || numerator == 0)
        {
            Assert.Equal(ids.Select(Id).Order(), indicator.PatientIds.Order());
        }
    }

    private static CohortPatient Patient(int n, string registered, params CohortVisit[] visits) => new(Id(n), D(registered), visits);

    private static CohortVisit V(string date, int? systolic, int? diastolic) => new(D(date), systolic, diastolic);

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:D12}");
}
