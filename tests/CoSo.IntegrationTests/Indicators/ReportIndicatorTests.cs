using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Immunization;
using CoSo.Core.Indicators;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.Data.Indicators.Dhis2;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Indicators;

/// <summary>
/// The monthly report's non-target indicators (population, deaths, visits by ICD-10 chapter, chronic registers,
/// notifiable diseases) on a hand-built data set; every expected pair is worked out in the comments.
/// </summary>
public sealed class ReportIndicatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Report_indicators_are_computed_from_the_records_and_rolled_up(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_rep");
        var time = new FakeTimeProvider(Now);
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await using var sp = IndicatorTestData.Services(cs, time);
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var (a, b) = (org.StationA, org.StationB);

            // Station A, population and deaths.
            var q1 = Add(db, a, new DateOnly(2026, 10, 5));                                   // born in October, alive
            Add(db, a, new DateOnly(2026, 10, 20), died: new DateOnly(2026, 10, 28));         // Q2 born and died in October (infant)
            Add(db, a, new DateOnly(2025, 11, 15), died: new DateOnly(2026, 10, 10));         // Q3 died before 1st birthday (15/11/2026)
            Add(db, a, new DateOnly(2025, 10, 1), died: new DateOnly(2026, 10, 3));           // Q4 died two days after 1st birthday
            Add(db, a, new DateOnly(1950, 5, 1), died: new DateOnly(2026, 9, 30));            // Q5 died in September
            Add(db, a, new DateOnly(2026, 10, 7), change: p => p.MergedIntoId = q1.Id);       // Q6 merged: counts nowhere
            var q7 = Add(db, a, new DateOnly(1980, 1, 1));                                     // Q7 adult, alive
            Add(db, a, new DateOnly(1960, 1, 1), died: new DateOnly(2026, 10, 31));           // Q8 died on the last day

            // Visits at A: October — A09, I10, J06.9, K29.7, none, B01 (+ secondary J20.9); September — A09. At B: I10.
            Visit(db, q7, a, new DateOnly(2026, 10, 1), "A09");
            Visit(db, q7, a, new DateOnly(2026, 10, 2), "I10");
            Visit(db, q7, a, new DateOnly(2026, 10, 3), "J06.9");
            Visit(db, q7, a, new DateOnly(2026, 10, 4), "K29.7");
            Visit(db, q7, a, new DateOnly(2026, 10, 5));
            Visit(db, q7, a, new DateOnly(2026, 10, 31), "B01", "J20.9");
            Visit(db, q7, a, new DateOnly(2026, 9, 30), "A09");
            Visit(db, q7, b, new DateOnly(2026, 10, 15), "I10");

            // Station B: four adults, chronic registers and case reports.
            var r1 = Add(db, b, new DateOnly(1960, 1, 1));
            var r2 = Add(db, b, new DateOnly(1961, 1, 1));
            var r3 = Add(db, b, new DateOnly(1962, 1, 1));
            var r4 = Add(db, b, new DateOnly(1963, 1, 1));
            Enrol(db, r1, ChronicProgramme.Hypertension, new DateOnly(2026, 3, 1));                                  // in force
            Enrol(db, r2, ChronicProgramme.Hypertension, new DateOnly(2026, 11, 5));                                 // after the period
            Enrol(db, r3, ChronicProgramme.Hypertension, new DateOnly(2025, 1, 1), closed: new DateOnly(2026, 10, 15)); // closed in October
            Enrol(db, r4, ChronicProgramme.Hypertension, new DateOnly(2025, 6, 1), closed: new DateOnly(2026, 11, 10)); // closed later: in force on 31/10
            Enrol(db, r1, ChronicProgramme.Diabetes, new DateOnly(2026, 1, 1));

            Case(db, b, r1, "dengue", new DateOnly(2026, 10, 3), CaseClassification.Confirmed);
            Case(db, b, r2, "dengue", new DateOnly(2026, 10, 5), CaseClassification.Discarded);
            Case(db, b, r3, "cholera", new DateOnly(2026, 10, 30), CaseClassification.Suspected);
            Case(db, b, r4, "measles", new DateOnly(2026, 9, 29), CaseClassification.Confirmed);
            Case(db, b, null, "hand_foot_mouth", new DateOnly(2026, 10, 12), CaseClassification.Probable);
            await db.SaveChangesAsync();
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 10));
        }

        Dictionary<(string, Guid), (long, long)> r;
        await using (var scope = sp.CreateAsyncScope())
        {
            r = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<IndicatorResult>().AsNoTracking()
                .Where(x => x.Period == "2026-10").ToDictionaryAsync(x => (x.IndicatorCode, x.OrgUnitId), x => (x.Numerator, x.Denominator));
        }

        var (sa, sb, dept) = (org.StationA.Id, org.StationB.Id, org.Department.Id);

        // Managed on 31/10 at A: Q1 and Q7 (Q2, Q3, Q4, Q5, Q8 dead on or before 31/10; Q6 merged) = 2.
        // Births in October: Q1, Q2 (Q6 merged) = 2 → (2, 2). B: none of its 4 adults → (0, 4).
        Assert.Equal((2, 2), r[(ReportIndicators.Births, sa)]);
        Assert.Equal((0, 4), r[(ReportIndicators.Births, sb)]);
        Assert.Equal((2, 6), r[(ReportIndicators.Births, dept)]);

        // Deaths in October at A: Q2 (28/10), Q3 (10/10), Q4 (03/10), Q8 (31/10) = 4; Q5 died in September.
        Assert.Equal((4, 2), r[(ReportIndicators.Deaths, sa)]);

        // Infant deaths: Q2 (8 days old) and Q3 (11 months old) = 2; Q4 was 1 year and 2 days old. Births = 2.
        Assert.Equal((2, 2), r[(ReportIndicators.InfantDeaths, sa)]);

        // Visits at A in October: 6. Main diagnosis A09 and B01 → chapter I = 2; I10 → IX = 1; J06.9 → X = 1
        // (J20.9 is secondary); K29.7 → other = 1; the visit without a diagnosis is in no row.
        Assert.Equal((2, 6), r[("OPD.icdI", sa)]);
        Assert.Equal((1, 6), r[("OPD.icdIX", sa)]);
        Assert.Equal((1, 6), r[("OPD.icdX", sa)]);
        Assert.Equal((1, 6), r[("OPD.icdOther", sa)]);
        Assert.Equal((1, 1), r[("OPD.icdIX", sb)]);   // counted where it took place
        Assert.Equal((2, 7), r[("OPD.icdIX", dept)]);

        // Hypertension at B: registered by 31/10 = R1, R3, R4 = 3; in force on 31/10 = R1, R4 = 2. Diabetes: R1 = (1, 1).
        Assert.Equal((2, 3), r[(ReportIndicators.HypertensionManaged, sb)]);
        Assert.Equal((1, 1), r[(ReportIndicators.DiabetesManaged, sb)]);
        Assert.Equal((0, 0), r[(ReportIndicators.HypertensionManaged, sa)]);

        // Cases at B with onset in October, not discarded: dengue 03/10 (B), cholera 30/10 (A), hand-foot-mouth of a
        // non-resident 12/10 (B) = 3; the discarded dengue and September's measles are out.
        Assert.Equal((1, 3), r[(ReportIndicators.GroupACases, sb)]);
        Assert.Equal((2, 3), r[(ReportIndicators.GroupBCases, sb)]);
        Assert.Equal((1, 3), r[(ReportIndicators.GroupACases, dept)]);

    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task T1_is_broken_down_by_sex_and_age_band_rolled_up_and_exported(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_brk");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await using var sp = IndicatorTestData.Services(cs, new FakeTimeProvider(Now));
        var card = (From: new DateOnly(2026, 1, 1), To: new DateOnly(2026, 12, 31));
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var (a, b) = (org.StationA, org.StationB);

            // Ages on 31/10/2026. Station A:
            Add(db, a, new DateOnly(2026, 1, 10), change: p => Card(p, Sex.Male, card));       // M1: 9 months → <1, card
            Add(db, a, new DateOnly(2025, 10, 31));                                              // F1: 1 today → 1–4, no card
            Add(db, a, null, change: p => (p.BirthYear, _) = (2022, Card(p, Sex.Female, card)));  // F2: year 2022 only → 4 → 1–4, card
            Add(db, a, new DateOnly(2011, 11, 1), change: p => Card(p, Sex.Male, card));        // M2: 15 tomorrow → 14 → 5–14, card
            Add(db, a, new DateOnly(2011, 10, 31));                                              // F3: 15 today → 15–59, no card
            Add(db, a, new DateOnly(1966, 10, 31), change: p => Card(p, Sex.Male, card));       // M3: 60 today → 60+, card
            // Station B:
            Add(db, b, new DateOnly(1966, 11, 1), change: p => Card(p, Sex.Female, card));      // F4: 59 → 15–59, card
            await db.SaveChangesAsync();
        }

        var october = Period.Month(2026, 10);
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(october);
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var query = scope.ServiceProvider.GetRequiredService<IndicatorQuery>();
            var a = (await query.BreakdownAsync("T1", org.StationA.Id, october)).ToDictionary(r => r.Category, r => (r.Numerator, r.Denominator));
            Assert.Equal((3, 3), a["sex:M"]);      // M1, M2, M3 all with cards
            Assert.Equal((1, 3), a["sex:F"]);      // F2 of F1, F2, F3
            Assert.Equal((1, 1), a["age:<1"]);
            Assert.Equal((1, 2), a["age:1-4"]);    // F2 of F1, F2
            Assert.Equal((1, 1), a["age:5-14"]);
            Assert.Equal((0, 1), a["age:15-59"]);
            Assert.Equal((1, 1), a["age:60+"]);

            var dept = (await query.BreakdownAsync("T1", org.Department.Id, october)).ToDictionary(r => r.Category, r => (r.Numerator, r.Denominator));
            Assert.Equal((2, 4), dept["sex:F"]);   // sums: A (1, 3) + B (1, 1)
            Assert.Equal((1, 2), dept["age:15-59"]);
            Assert.Equal((3, 3), dept["sex:M"]);

            // The DHIS2 mapping can send a category instead of the total.
            var mapping = new Dhis2Mapping
            {
                DataSet = "ds",
                DataElements = [new("T1", "numerator", "deT1Num", "cocFemale", "sex:F"), new("T1", "denominator", "deT1Den", null)],
            };
            var set = await scope.ServiceProvider.GetRequiredService<Dhis2Exporter>().DataValueSetAsync(org.StationA.Code, october, mapping);
            Assert.Equal("1", Assert.Single(set.DataValues, v => v.DataElement == "deT1Num").Value);
            Assert.Equal("cocFemale", Assert.Single(set.DataValues, v => v.DataElement == "deT1Num").CategoryOptionCombo);
            Assert.Equal("6", Assert.Single(set.DataValues, v => v.DataElement == "deT1Den").Value);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Immunization_coverage_rows_of_the_report_follow_the_birthday_cohorts(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_epi");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await using var sp = IndicatorTestData.Services(cs, new FakeTimeProvider(Now));
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var a = org.StationA;

            // Fully immunized under 1 (docs/immunization.md): denominator = first birthday in October 2026, numerator =
            // BCG, DTP-HepB-Hib 3, OPV 3 and measles 1 all valid before that birthday.
            var c1 = Add(db, a, new DateOnly(2025, 10, 10));   // everything on time → counted
            Doses(db, c1, ("BCG", 1, "2025-10-10"), ("DTP-HepB-Hib", 1, "2025-12-10"), ("DTP-HepB-Hib", 2, "2026-01-10"), ("DTP-HepB-Hib", 3, "2026-02-10"),
                ("OPV", 1, "2025-12-10"), ("OPV", 2, "2026-01-10"), ("OPV", 3, "2026-02-10"), ("Measles", 1, "2026-07-10"));
            var c2 = Add(db, a, new DateOnly(2025, 10, 20));   // no measles dose → in the denominator only
            Doses(db, c2, ("BCG", 1, "2025-10-20"), ("DTP-HepB-Hib", 1, "2025-12-20"), ("DTP-HepB-Hib", 2, "2026-01-20"), ("DTP-HepB-Hib", 3, "2026-02-20"),
                ("OPV", 1, "2025-12-20"), ("OPV", 2, "2026-01-20"), ("OPV", 3, "2026-02-20"));
            Add(db, a, new DateOnly(2025, 9, 15));              // first birthday in September → not in October's cohort

            // MR: denominator = second birthday in October 2026, numerator = MR valid before it (given at 18 months).
            var c4 = Add(db, a, new DateOnly(2024, 10, 5));
            Doses(db, c4, ("Measles", 1, "2025-07-05"), ("MR", 1, "2026-04-05"));
            Add(db, a, new DateOnly(2024, 10, 25));             // no MR
            // MR at 18 months without a measles dose before: it is the child's first measles-containing dose
            // (Measles 1, TT 10/2024: "vắc xin có chứa thành phần sởi"), so the second one is still missing.
            var c6 = Add(db, a, new DateOnly(2024, 10, 15));
            Doses(db, c6, ("MR", 1, "2026-04-15"));

            // HepB birth dose within 24 hours (TT 52/2025: "trong vòng 24 giờ sau khi sinh"), October's births:
            // H1 born 03/10 22:00, dose 04/10 21:30 = 23.5 h → counted; H2 born 05/10 06:00, dose 06/10 07:00 = 25 h → not;
            // H3 born 08/10, dose the same day, no times → counted (the same calendar day is within 24 h);
            // H4 born 10/10, dose 11/10, no times → cannot be told, not counted; H5 born 12/10, no dose → not counted.
            // Born in October = H1–H5 plus the October-born children above (none) → (2, 5).
            var h1 = Add(db, a, new DateOnly(2026, 10, 3), change: p => p.BirthTime = new TimeOnly(22, 0));
            Doses(db, h1, ("HepB-birth", 1, "2026-10-04"));
            db.Set<ImmunizationDose>().Local.Single(d => d.PersonId == h1.Id).GivenTime = new TimeOnly(21, 30);
            var h2 = Add(db, a, new DateOnly(2026, 10, 5), change: p => p.BirthTime = new TimeOnly(6, 0));
            Doses(db, h2, ("HepB-birth", 1, "2026-10-06"));
            db.Set<ImmunizationDose>().Local.Single(d => d.PersonId == h2.Id).GivenTime = new TimeOnly(7, 0);
            Doses(db, Add(db, a, new DateOnly(2026, 10, 8)), ("HepB-birth", 1, "2026-10-08"));
            Doses(db, Add(db, a, new DateOnly(2026, 10, 10)), ("HepB-birth", 1, "2026-10-11"));
            Add(db, a, new DateOnly(2026, 10, 12));
            await db.SaveChangesAsync();
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 10));
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var r = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<IndicatorResult>().AsNoTracking()
                .Where(x => x.Period == "2026-10" && x.OrgUnitId == org.StationA.Id).ToDictionaryAsync(x => x.IndicatorCode, x => (x.Numerator, x.Denominator));
            Assert.Equal((1, 2), r[ReportIndicators.FullyImmunized]);
            Assert.Equal((1, 3), r[ReportIndicators.MeaslesRubella]);
            Assert.Equal((2, 5), r[ReportIndicators.HepBBirth24h]);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_yearly_check_of_resolution_72_counts_periodic_checks_and_screenings_of_the_last_12_months(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_nq72");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await using var sp = IndicatorTestData.Services(cs, new FakeTimeProvider(Now));
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var (a, b) = (org.StationA, org.StationB);

            // October 2026: the window is 01/11/2025 – 31/10/2026 (after 31/10/2025, up to 31/10/2026).
            var y1 = Add(db, a, new DateOnly(1970, 1, 1));
            Visit(db, y1, a, new DateOnly(2025, 11, 1), purpose: VisitPurpose.PeriodicCheck);   // first day of the window → counted
            var y2 = Add(db, a, new DateOnly(1971, 1, 1));
            Visit(db, y2, a, new DateOnly(2025, 10, 31), purpose: VisitPurpose.Screening);      // one year before the last day → outside
            var y3 = Add(db, a, new DateOnly(1972, 1, 1));
            Visit(db, y3, a, new DateOnly(2026, 10, 15), "I10");                                 // an illness visit is not a check
            var y4 = Add(db, a, new DateOnly(1973, 1, 1));
            Visit(db, y4, a, new DateOnly(2026, 6, 1), purpose: VisitPurpose.Screening, voided: true); // voided → not counted
            var y5 = Add(db, a, new DateOnly(1974, 1, 1));
            Visit(db, y5, b, new DateOnly(2026, 10, 31), purpose: VisitPurpose.Screening);      // screened at another station, last day → counted at A
            var y8 = Add(db, a, new DateOnly(1976, 1, 1));
            Visit(db, y8, a, new DateOnly(2026, 4, 1), "Z00.0");                                // purpose not set, coded as a general check-up → counted
            var y9 = Add(db, a, new DateOnly(1977, 1, 1));
            Visit(db, y9, a, new DateOnly(2026, 4, 1), "I10", "Z13.1");                         // screening code only as a secondary diagnosis → not
                        var y6 = Add(db, a, new DateOnly(1975, 1, 1));
            Visit(db, y6, a, new DateOnly(2026, 11, 2), purpose: VisitPurpose.PeriodicCheck);   // after the period → not counted
            var y7 = Add(db, a, new DateOnly(1940, 1, 1), died: new DateOnly(2026, 9, 1));
            Visit(db, y7, a, new DateOnly(2026, 3, 1), purpose: VisitPurpose.PeriodicCheck);    // died before 31/10 → in neither part
            var z1 = Add(db, b, new DateOnly(1980, 1, 1), change: p => p.Sex = Sex.Male);
            Visit(db, z1, b, new DateOnly(2026, 2, 1), purpose: VisitPurpose.PeriodicCheck);    // B: 1 of 1
            await db.SaveChangesAsync();
        }

        var october = Period.Month(2026, 10);
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(october);
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var r = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<IndicatorResult>().AsNoTracking()
                .Where(x => x.Period == "2026-10" && x.IndicatorCode == ReportIndicators.YearlyCheck).ToDictionaryAsync(x => x.OrgUnitId, x => (x.Numerator, x.Denominator));
            Assert.Equal((3, 8), r[org.StationA.Id]);   // Y1, Y5, Y8 of Y1–Y6, Y8, Y9
            Assert.Equal((1, 1), r[org.StationB.Id]);
            Assert.Equal((4, 9), r[org.Department.Id]);

            var query = scope.ServiceProvider.GetRequiredService<IndicatorQuery>();
            var dept = (await query.BreakdownAsync(ReportIndicators.YearlyCheck, org.Department.Id, october)).ToDictionary(x => x.Category, x => (x.Numerator, x.Denominator));
            Assert.Equal((1, 1), dept["sex:M"]);
            Assert.Equal((3, 8), dept["sex:F"]);
        }
    }

    private static void Doses(CoSoDbContext db, Person child, params (string Vaccine, int Dose, string On)[] doses)
    {
        foreach (var (vaccine, dose, on) in doses)
        {
            db.Set<ImmunizationDose>().Add(new ImmunizationDose
            {
                Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = child.OrgUnitId, PersonId = child.Id, Vaccine = vaccine, DoseNumber = dose,
                GivenOn = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture), CreatedAt = Now,
            });
        }
    }

    private static bool Card(Person p, Sex sex, (DateOnly From, DateOnly To) card)
    {
        (p.Sex, p.BhytNumber, p.BhytValidFrom, p.BhytValidTo) = (sex, TestPeople.Bhyt(), card.From, card.To);
        return true;
    }

    private static Person Add(CoSoDbContext db, OrgUnit station, DateOnly? birth, DateOnly? died = null, Action<Person>? change = null)
    {
        var name = TestPeople.UniqueName();
        var person = new Person
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station.Id, FullName = name, NameKey = TextFolding.Fold(name),
            BirthDate = birth, BirthYear = birth?.Year ?? 1970, Sex = Sex.Female, CreatedAt = Now, UpdatedAt = Now, Version = 1,
            IsDeceased = died is not null, DeceasedOn = died,
        };
        change?.Invoke(person);
        db.People.Add(person);
        return person;
    }

    private static void Visit(CoSoDbContext db, Person person, OrgUnit facility, DateOnly date, params string[] codes) =>
        Visit(db, person, facility, date, codes, VisitPurpose.Illness);

    private static void Visit(CoSoDbContext db, Person person, OrgUnit facility, DateOnly date, VisitPurpose purpose, bool voided = false) =>
        Visit(db, person, facility, date, [], purpose, voided);

    private static void Visit(CoSoDbContext db, Person person, OrgUnit facility, DateOnly date, string[] codes, VisitPurpose purpose, bool voided = false)
    {
        var visit = new Encounter
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = person.OrgUnitId, FacilityId = facility.Id, PersonId = person.Id,
            OccurredAt = Now, VisitDate = date, CreatedAt = Now, Version = 1, Purpose = purpose, Voided = voided,
        };
        db.Encounters.Add(visit);
        for (var i = 0; i < codes.Length; i++)
        {
            db.Set<EncounterDiagnosis>().Add(new EncounterDiagnosis
            {
                Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = person.OrgUnitId, EncounterId = visit.Id, PersonId = person.Id,
                Code = codes[i], NameVi = codes[i], IsMain = i == 0,
            });
        }
    }

    private static void Enrol(CoSoDbContext db, Person person, ChronicProgramme programme, DateOnly registered, DateOnly? closed = null)
    {
        var enrolment = new ChronicEnrolment
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = person.OrgUnitId, PersonId = person.Id, Programme = programme,
            RegisteredOn = registered, ProtocolCode = programme == ChronicProgramme.Hypertension ? "HTN" : "DM", CreatedAt = Now, Version = 1,
        };
        if (closed is { } on)
        {
            enrolment.Close(ClosingReason.MovedAway, on);
        }

        db.Set<ChronicEnrolment>().Add(enrolment);
    }

    private static void Case(CoSoDbContext db, OrgUnit station, Person? person, string disease, DateOnly onset, CaseClassification classification) =>
        db.Set<CaseReport>().Add(new CaseReport
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station.Id, PersonId = person?.Id,
            NonResidentName = person is null ? "Khách vãng lai" : null, DiseaseCode = disease, Classification = classification,
            OnsetDate = onset, DiagnosedAt = Now, ReportedAt = Now, Version = 1,
        });
}
