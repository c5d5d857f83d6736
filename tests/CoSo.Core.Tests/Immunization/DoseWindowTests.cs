using CoSo.Core.Immunization;

namespace CoSo.Core.Tests.Immunization;

// Windows worked out by hand from docs/immunization-schedule.md: DTP-HepB-Hib 1 from 2 months;
// HepB birth dose accepted up to 7 days (exclusive); BCG under 1 year.
public sealed class DoseWindowTests
{
    private static readonly ImmunizationSchedule Schedule = ImmunizationSchedule.LoadDefault();
    private static readonly DateOnly Birth = new(2025, 1, 1);

    [Fact]
    public void A_first_DTP_dose_before_two_months_is_refused_with_the_earliest_date()
    {
        var verdict = DoseWindow.Check(Schedule, Birth, [], "DTP-HepB-Hib", new DateOnly(2025, 2, 15));

        Assert.Equal((false, "immunization.dose.tooEarly", (DateOnly?)new DateOnly(2025, 3, 1)), (verdict.Allowed, verdict.Code, verdict.EarliestDate));
    }

    [Fact]
    public void A_first_DTP_dose_at_two_months_is_allowed()
    {
        Assert.True(DoseWindow.Check(Schedule, Birth, [], "DTP-HepB-Hib", new DateOnly(2025, 3, 1)).Allowed);
    }

    [Fact]
    public void A_birth_dose_after_seven_days_and_BCG_after_one_year_are_not_applicable()
    {
        Assert.Equal("immunization.dose.notApplicable", DoseWindow.Check(Schedule, Birth, [], "HepB-birth", new DateOnly(2025, 1, 8)).Code);
        Assert.True(DoseWindow.Check(Schedule, Birth, [], "HepB-birth", new DateOnly(2025, 1, 7)).Allowed);
        Assert.Equal("immunization.dose.notApplicable", DoseWindow.Check(Schedule, Birth, [], "BCG", new DateOnly(2026, 1, 1)).Code);
    }

    [Fact]
    public void A_second_BCG_is_refused_because_the_series_is_complete()
    {
        var verdict = DoseWindow.Check(Schedule, Birth, [new GivenDose("BCG", 1, Birth)], "BCG", new DateOnly(2025, 3, 1));

        Assert.Equal("immunization.dose.seriesComplete", verdict.Code);
    }
}
