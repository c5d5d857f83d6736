using CoSo.Core.Immunization;

namespace CoSo.Core.Tests.Immunization;

// A hand-built cohort; every expected count is worked out by hand from the definitions in docs/immunization.md:
// "by 12 months" = first birthday in the period and the dose valid strictly before it; "by 24 months" likewise with
// the second birthday; HepB birth dose = born in the period and the dose on the birth day or the day after.
public sealed class CoverageCalculatorTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(),
        E = Guid.NewGuid(), F = Guid.NewGuid(), G = Guid.NewGuid();

    private static readonly CoverageChild[] Cohort =
    [
        // A: born 2024-06-10, first birthday 2025-06-10 (June). Fully immunized before it; no IPV.
        Child(A, "2024-06-10", ("HepB-birth", 1, "2024-06-10"), ("BCG", 1, "2024-06-11"),
            ("DTP-HepB-Hib", 1, "2024-08-10"), ("DTP-HepB-Hib", 2, "2024-09-10"), ("DTP-HepB-Hib", 3, "2024-10-10"),
            ("OPV", 1, "2024-08-10"), ("OPV", 2, "2024-09-10"), ("OPV", 3, "2024-10-10"), ("Measles", 1, "2025-03-10")),
        // B: born 2024-06-20, first birthday 2025-06-20 (June). BCG and DTP1 only before it; measles 5 days after it.
        Child(B, "2024-06-20", ("BCG", 1, "2024-07-01"), ("DTP-HepB-Hib", 1, "2024-08-20"), ("Measles", 1, "2025-06-25")),
        // C: born 2024-03-05, first birthday 2025-03-05 (March: year-to-date only). Fully immunized.
        Child(C, "2024-03-05", ("BCG", 1, "2024-03-06"),
            ("DTP-HepB-Hib", 1, "2024-05-05"), ("DTP-HepB-Hib", 2, "2024-06-05"), ("DTP-HepB-Hib", 3, "2024-07-05"),
            ("OPV", 1, "2024-05-05"), ("OPV", 2, "2024-06-05"), ("OPV", 3, "2024-07-05"), ("Measles", 1, "2024-12-05")),
        // D: born 2025-06-02, birth dose the next day (within 24 h).
        Child(D, "2025-06-02", ("HepB-birth", 1, "2025-06-03")),
        // E: born 2025-06-15, birth dose two days later (too late for the indicator).
        Child(E, "2025-06-15", ("HepB-birth", 1, "2025-06-17")),
        // F: born 2023-06-01, second birthday 2025-06-01 (June). MR and JE before it; DTP booster ON the birthday (not before).
        Child(F, "2023-06-01", ("MR", 1, "2024-12-01"), ("JE", 1, "2024-06-15"), ("DTP-booster", 1, "2025-06-01")),
        // G: born 2024-07-01, first birthday in July: in no June cohort, and born before 2025.
        Child(G, "2024-07-01", ("BCG", 1, "2024-07-01")),
    ];

    [Fact]
    public void Month_of_June_counts_the_children_whose_reference_date_falls_in_June()
    {
        var counts = Compute("2025-06-01", "2025-06-30");

        // First birthday in June: A and B.
        Assert.Equal((2, 2), Of(counts, CoverageDefinitions.Bcg));
        Assert.Equal((2, 2), Of(counts, CoverageDefinitions.Dtp1));
        Assert.Equal((1, 2), Of(counts, CoverageDefinitions.Dtp3)); // A
        Assert.Equal((1, 2), Of(counts, CoverageDefinitions.Opv3)); // A
        Assert.Equal((0, 2), Of(counts, CoverageDefinitions.Ipv));
        Assert.Equal((1, 2), Of(counts, CoverageDefinitions.Measles1)); // B's measles came after the birthday
        Assert.Equal((1, 2), Of(counts, CoverageDefinitions.FullyImmunized)); // A
        // Born in June: D (next day, counts) and E (two days, does not).
        Assert.Equal((1, 2), Of(counts, CoverageDefinitions.HepBBirth24h));
        // Second birthday in June: F.
        Assert.Equal((1, 1), Of(counts, CoverageDefinitions.MR));
        Assert.Equal((1, 1), Of(counts, CoverageDefinitions.JE));
        Assert.Equal((0, 1), Of(counts, CoverageDefinitions.DtpBooster));
        // Dropout (2 − 1) / 2 = 50 %.
        Assert.Equal(50.0m, CoverageCalculator.Dropout(2, 1));
        Assert.Equal(50.0m, counts.Single(c => c.Code == CoverageDefinitions.Dtp3).Percent);
    }

    [Fact]
    public void Year_to_date_adds_the_earlier_months_cohorts()
    {
        var counts = Compute("2025-01-01", "2025-06-30");

        // First birthday January–June: A, B, C.
        Assert.Equal((3, 3), Of(counts, CoverageDefinitions.Bcg));
        Assert.Equal((2, 3), Of(counts, CoverageDefinitions.Dtp3)); // A, C
        Assert.Equal((2, 3), Of(counts, CoverageDefinitions.FullyImmunized)); // A, C
        Assert.Equal((1, 2), Of(counts, CoverageDefinitions.HepBBirth24h)); // born in 2025: D, E
        // Dropout (3 − 2) / 3 = 33.3 %.
        Assert.Equal(33.3m, CoverageCalculator.Dropout(3, 2));
        var fic = counts.Single(c => c.Code == CoverageDefinitions.FullyImmunized);
        Assert.Equal(new HashSet<Guid> { A, C }, fic.Members.Where(m => m.Counted).Select(m => m.PersonId).ToHashSet());
        Assert.Equal(B, fic.Members.Single(m => !m.Counted).PersonId);
    }

    [Fact]
    public void Fully_immunized_components_come_from_the_version_in_force_on_the_first_birthday()
    {
        // A version from 2025-06-15 needing BCG only: B (birthday 06-20) falls under it and counts; A (06-10) keeps the full list.
        var definitions = new CoverageDefinitions(
        [
            (new DateOnly(2017, 12, 1), CoverageDefinitions.LoadDefault().FullyImmunizedVersions[0].Components),
            (new DateOnly(2025, 6, 15), [new VaccineDose("BCG", 1)]),
        ]);
        var counts = CoverageCalculator.Compute(Cohort, definitions, new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 30));

        Assert.Equal((2, 2), Of(counts, CoverageDefinitions.FullyImmunized));
    }

    [Fact]
    public void The_default_fully_immunized_components_are_BCG_three_DTP_three_OPV_and_measles()
    {
        var components = CoverageDefinitions.LoadDefault().FullyImmunizedComponents(new DateOnly(2025, 1, 1));

        Assert.Equal([new("BCG", 1), new("DTP-HepB-Hib", 3), new("OPV", 3), new("Measles", 1)], components);
        Assert.Null(CoverageCalculator.Dropout(0, 0));
    }

    private static IReadOnlyList<CoverageCount> Compute(string from, string to) =>
        CoverageCalculator.Compute(Cohort, CoverageDefinitions.LoadDefault(), DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

    private static (int Numerator, int Denominator) Of(IReadOnlyList<CoverageCount> counts, string code)
    {
        var c = counts.Single(x => x.Code == code);
        return (c.Numerator, c.Denominator);
    }

    private static CoverageChild Child(Guid id, string birth, params (string Vaccine, int Dose, string Date)[] doses) =>
        new(id, DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture),
            doses.Select(d => new GivenDose(d.Vaccine, d.Dose, DateOnly.Parse(d.Date, System.Globalization.CultureInfo.InvariantCulture))).ToList());
}
