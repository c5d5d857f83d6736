using CoSo.Core.Immunization;

namespace CoSo.Core.Tests.Immunization;

// A hand-built cohort; every expected count is worked out by hand from the definitions in docs/immunization.md:
// "by 12 months" = first birthday in the period and the dose valid strictly before it; "by 24 months" likewise with
// the second birthday; HepB birth dose = born in the period, split by the hours between birth and dose (≤ 24 h,
// > 24 h, or the next calendar day without both times: unknown).
public sealed class CoverageCalculatorTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(),
        E = Guid.NewGuid(), F = Guid.NewGuid(), G = Guid.NewGuid(), H = Guid.NewGuid(), I = Guid.NewGuid();

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
        // D: born 2025-06-02, birth dose the next day, no times recorded: cannot be told (time unknown).
        Child(D, "2025-06-02", ("HepB-birth", 1, "2025-06-03")),
        // E: born 2025-06-15, birth dose two days later: more than 24 h whatever the times.
        Child(E, "2025-06-15", ("HepB-birth", 1, "2025-06-17")),
        // H: born 2025-06-05 at 01:00, dose 2025-06-06 at 09:00 = 32 h: more than 24 h although the next day.
        Timed(H, "2025-06-05", new TimeOnly(1, 0), "2025-06-06", new TimeOnly(9, 0)),
        // I: born 2025-06-07 at 23:00, dose 2025-06-08 at 22:00 = 23 h: within 24 h.
        Timed(I, "2025-06-07", new TimeOnly(23, 0), "2025-06-08", new TimeOnly(22, 0)),
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
        // Born in June: D (next day, no times: unknown), E (two days: > 24 h), H (32 h: > 24 h), I (23 h: ≤ 24 h).
        Assert.Equal((1, 4), Of(counts, CoverageDefinitions.HepBBirth24h));
        Assert.Equal((2, 4), Of(counts, CoverageDefinitions.HepBBirthOver24h));
        Assert.Equal((1, 4), Of(counts, CoverageDefinitions.HepBBirthTimeUnknown));
        Assert.Equal(I, counts.Single(c => c.Code == CoverageDefinitions.HepBBirth24h).Members.Single(m => m.Counted).PersonId);
        Assert.Equal(new HashSet<Guid> { E, H }, counts.Single(c => c.Code == CoverageDefinitions.HepBBirthOver24h).Members.Where(m => m.Counted).Select(m => m.PersonId).ToHashSet());
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
        Assert.Equal((1, 4), Of(counts, CoverageDefinitions.HepBBirth24h)); // born in 2025: D, E, H, I; only I within 24 h
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

    [Theory]
    [InlineData("2023-07-31", "TT 38/2017")] // first birthday 2024-07-31
    [InlineData("2023-08-01", "TT 10/2024")] // first birthday 2024-08-01
    [InlineData("2025-02-14", "TT 10/2024")]
    [InlineData("2025-02-15", "TT 52/2025")]
    [InlineData("2025-06-30", "TT 52/2025")]
    [InlineData("2025-07-01", "TT 13/2026")]
    public void The_fully_immunized_definition_is_the_one_in_force_on_the_first_birthday(string birth, string circular)
    {
        var firstBirthday = DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture).AddYears(1);

        Assert.StartsWith(circular, CoverageDefinitions.LoadDefault().FullyImmunizedVersionOn(firstBirthday).LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_child_whose_first_birthday_falls_under_a_version_with_more_components_needs_them()
    {
        // A definition file where the TT 10/2024 version adds IPV 1 (illustration: whether it does is not verified).
        const string json = """
            {"fullyImmunizedUnderOne":[
              {"effectiveFrom":"2017-12-01","legalBasis":"TT 38/2017/TT-BYT","components":[{"vaccine":"BCG","dose":1}]},
              {"effectiveFrom":"2024-08-01","legalBasis":"TT 10/2024/TT-BYT","components":[{"vaccine":"BCG","dose":1},{"vaccine":"IPV","dose":1}]}]}
            """;
        var definitions = CoverageDefinitions.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        Guid before = Guid.NewGuid(), on = Guid.NewGuid(), onWithIpv = Guid.NewGuid();
        CoverageChild[] cohort =
        [
            Child(before, "2023-07-31", ("BCG", 1, "2023-08-01")),                             // birthday 2024-07-31: TT 38, BCG enough
            Child(on, "2023-08-01", ("BCG", 1, "2023-08-02")),                                 // birthday 2024-08-01: TT 10, IPV missing
            Child(onWithIpv, "2023-08-02", ("BCG", 1, "2023-08-02"), ("IPV", 1, "2024-01-02")), // TT 10, complete
        ];

        var fic = CoverageCalculator.Compute(cohort, definitions, new DateOnly(2024, 7, 1), new DateOnly(2024, 8, 31))
            .Single(c => c.Code == CoverageDefinitions.FullyImmunized);

        Assert.Equal((2, 3), (fic.Numerator, fic.Denominator));
        Assert.False(fic.Members.Single(m => m.PersonId == on).Counted);
        Assert.Equal("TT 10/2024/TT-BYT", definitions.FullyImmunizedVersionOn(new DateOnly(2024, 8, 1)).LegalBasis);
    }

    private static IReadOnlyList<CoverageCount> Compute(string from, string to) =>
        CoverageCalculator.Compute(Cohort, CoverageDefinitions.LoadDefault(), DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

    private static (int Numerator, int Denominator) Of(IReadOnlyList<CoverageCount> counts, string code)
    {
        var c = counts.Single(x => x.Code == code);
        return (c.Numerator, c.Denominator);
    }

    private static CoverageChild Timed(Guid id, string birth, TimeOnly birthTime, string dose, TimeOnly doseTime) =>
        new(id, DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture),
            [new GivenDose("HepB-birth", 1, DateOnly.Parse(dose, System.Globalization.CultureInfo.InvariantCulture))],
            birthTime, new Dictionary<VaccineDose, TimeOnly> { [new("HepB-birth", 1)] = doseTime });

    private static CoverageChild Child(Guid id, string birth, params (string Vaccine, int Dose, string Date)[] doses) =>
        new(id, DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture),
            doses.Select(d => new GivenDose(d.Vaccine, d.Dose, DateOnly.Parse(d.Date, System.Globalization.CultureInfo.InvariantCulture))).ToList());
}
