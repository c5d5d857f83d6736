using CoSo.Core.Immunization;
using static CoSo.Core.Tests.Immunization.Evaluations;

namespace CoSo.Core.Tests.Immunization;

// The circulars (TT 10/2024, TT 52/2025): monovalent hepatitis B "trong vòng 24 giờ sau khi sinh" — within 24 hours
// of birth, measured in hours when both times are known (docs/indicators.md, hepb-birth-24h).
public sealed class BirthDoseTimingTests
{
    [Theory]
    // Born 01:00, dose 09:00 the next day: 32 h, not within 24 h although "the day after".
    [InlineData("2026-03-01", "01:00", "2026-03-02", "09:00", BirthDoseTiming.After24Hours)]
    // Born 23:00, dose 22:00 the next day: 23 h.
    [InlineData("2026-03-01", "23:00", "2026-03-02", "22:00", BirthDoseTiming.Within24Hours)]
    // Exactly 24 h counts ("trong vòng 24 giờ"); one minute more does not.
    [InlineData("2026-03-01", "10:30", "2026-03-02", "10:30", BirthDoseTiming.Within24Hours)]
    [InlineData("2026-03-01", "10:30", "2026-03-02", "10:31", BirthDoseTiming.After24Hours)]
    // Same day, both times known.
    [InlineData("2026-03-01", "06:00", "2026-03-01", "07:15", BirthDoseTiming.Within24Hours)]
    // A dose timed before the birth is inconsistent data: unknown, not counted either way.
    [InlineData("2026-03-01", "08:00", "2026-03-01", "07:00", BirthDoseTiming.Unknown)]
    // A time missing: the birth day itself is certainly ≤ 24 h, the next day cannot be told, two days later is > 24 h.
    [InlineData("2026-03-01", null, "2026-03-01", "23:00", BirthDoseTiming.Within24Hours)]
    [InlineData("2026-03-01", "01:00", "2026-03-01", null, BirthDoseTiming.Within24Hours)]
    [InlineData("2026-03-01", "23:59", "2026-03-02", null, BirthDoseTiming.Unknown)]
    [InlineData("2026-03-01", null, "2026-03-02", "00:30", BirthDoseTiming.Unknown)]
    [InlineData("2026-03-01", null, "2026-03-03", null, BirthDoseTiming.After24Hours)]
    public void Hours_between_birth_and_dose(string birth, string? birthTime, string dose, string? doseTime, BirthDoseTiming expected) =>
        Assert.Equal(expected, CoverageCalculator.BirthDoseTimingOf(D(birth), T(birthTime), D(dose), T(doseTime)));

    [Fact]
    public void The_three_birth_dose_counts_share_the_birth_cohort_and_leave_out_a_child_without_the_dose()
    {
        var born = D("2026-03-10");
        CoverageChild[] children =
        [
            new(Guid.NewGuid(), born, [Given("HepB-birth", 1, "2026-03-11")], new TimeOnly(1, 0), Times(new TimeOnly(9, 0))),   // 32 h
            new(Guid.NewGuid(), born, [Given("HepB-birth", 1, "2026-03-11")], new TimeOnly(23, 0), Times(new TimeOnly(22, 0))), // 23 h
            new(Guid.NewGuid(), born, [Given("HepB-birth", 1, "2026-03-11")]),                                                // unknown
            new(Guid.NewGuid(), born, []),                                                                                     // no dose
        ];

        var counts = CoverageCalculator.Compute(children, CoverageDefinitions.LoadDefault(), D("2026-03-01"), D("2026-03-31"));

        Assert.Equal((1, 4), Of(counts, CoverageDefinitions.HepBBirth24h));
        Assert.Equal((1, 4), Of(counts, CoverageDefinitions.HepBBirthOver24h));
        Assert.Equal((1, 4), Of(counts, CoverageDefinitions.HepBBirthTimeUnknown));
    }

    private static Dictionary<VaccineDose, TimeOnly> Times(TimeOnly t) => new() { [new("HepB-birth", 1)] = t };

    private static TimeOnly? T(string? hhmm) => hhmm is null ? null : TimeOnly.Parse(hhmm, System.Globalization.CultureInfo.InvariantCulture);

    private static (int, int) Of(IReadOnlyList<CoverageCount> counts, string code) =>
        counts.Single(c => c.Code == code) is var c ? (c.Numerator, c.Denominator) : default;
}
