using CoSo.Core.Common;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Demo;
using CoSo.IntegrationTests.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Demo;

public sealed class DemoSeederTests
{
    private static readonly DemoOptions Small = new() { Seed = 7, Stations = 2, PeoplePerStation = 60, Today = new DateOnly(2026, 11, 22) };

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Demo_seed_gives_the_same_residents_in_the_same_order_for_the_same_seed(string provider)
    {
        await using var first = await ImportTestDatabase.CreateAsync(provider);
        await using var second = await ImportTestDatabase.CreateAsync(provider);

        var a = await SeedAndReadAsync(first, Small);
        var b = await SeedAndReadAsync(second, Small);

        Assert.Equal(120, a.Count);
        Assert.Equal(a.Select(p => (p.Id, p.Cccd, p.FullName, p.BirthYear)), b.Select(p => (p.Id, p.Cccd, p.FullName, p.BirthYear)));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Every_seeded_cccd_and_bhyt_card_passes_the_validators(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);

        var people = await SeedAndReadAsync(database, Small with { PeoplePerStation = 150 });

        Assert.Equal(people.Count, people.Select(p => p.Cccd).Distinct().Count());
        Assert.InRange(people.Count(p => p.BhytNumber is not null), people.Count * 7 / 10, people.Count);
        foreach (var p in people)
        {
            var errors = new ValidationErrors();
            CccdValidator.Validate(p.Cccd, p.Sex, p.BirthYear, errors);
            BhytCard.Validate(p.BhytNumber, p.BhytValidFrom, p.BhytValidTo, p.BhytFacilityCode, errors);
            Assert.True(errors.IsValid, $"{p.Id}: {string.Join(", ", errors.Errors.Select(e => e.Field + ":" + e.Code))}");
            Assert.NotNull(p.Cccd);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Seeding_a_province_twice_adds_nothing_the_second_time(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        await SeedAndReadAsync(database, Small);

        await using var scope = database.Scope();
        var summary = await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(Small);

        Assert.True(summary.AlreadySeeded);
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        Assert.Equal(120, await db.People.CountAsync());
        Assert.Equal(6, await db.Users.CountAsync());
    }

    /// <summary>
    /// The demo's workers are laid out per station number (DemoWorkforceWriter): no doctor at the 5th, a contract doctor
    /// at the 8th, a rotating doctor from the district centre at the 10th, no midwife at the 7th. T5 counts permanent
    /// doctors on a regular posting (7 of 10), T7 a midwife or obstetric assistant physician (9 of 10).
    /// </summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Demo_workforce_and_facilities_give_the_targets_figures_that_follow_their_layout(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var options = new DemoOptions { Seed = 11, Stations = 10, PeoplePerStation = 0, Today = new DateOnly(2026, 11, 22) };
        await using var scope = database.Scope();
        await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(options);
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var staff = await db.Set<CoSo.Core.Workforce.StaffMember>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
        Assert.Equal(staff.Count, staff.Select(s => s.Cccd).Distinct().Count());
        Assert.All(staff, s =>
        {
            var errors = new ValidationErrors();
            CccdValidator.Validate(s.Cccd, s.Sex, s.BirthDate.Year, errors);
            Assert.True(errors.IsValid, s.Cccd);
        });

        await scope.ServiceProvider.GetRequiredService<CoSo.Data.Indicators.IndicatorEngine>().RecomputeAllAsync(CoSo.Core.Indicators.Period.Parse("2026-11"));
        var results = await db.Set<CoSo.Core.Indicators.IndicatorResult>().AsNoTracking()
            .Where(r => r.Period == "2026" && r.Status == CoSo.Core.Indicators.IndicatorStatus.Ok).ToListAsync(); // staffing targets are yearly
        var stations = await db.OrgUnits.Where(u => u.Kind == CoSo.Core.Organisation.OrgUnitKind.CommuneHealthStation).Select(u => u.Id).ToListAsync();
        var villages = await db.OrgUnits.CountAsync(u => u.Kind == CoSo.Core.Organisation.OrgUnitKind.Village);
        (long Numerator, long Denominator) Sum(string code) =>
            (results.Where(r => r.IndicatorCode == code && stations.Contains(r.OrgUnitId)).Sum(r => r.Numerator),
             results.Where(r => r.IndicatorCode == code && stations.Contains(r.OrgUnitId)).Sum(r => r.Denominator));

        Assert.Equal((7L, 10L), Sum("T5"));
        Assert.Equal((9L, 10L), Sum("T7"));

        // DemoFacilityWriter: the 6th station is not eligible for BHYT and the 4th's contract has expired; the 2nd and
        // 7th lack 30 % of the technical-service list.
        Assert.Equal((8L, 10L), Sum("T8"));
        Assert.Equal((8L, 10L), Sum("T10"));
        Assert.Equal((9L, 10L), Sum("T12")); // the 9th station's building is degraded, without clean water
        var t6 = Sum("T6");
        Assert.Equal(villages, t6.Denominator);
        Assert.InRange(t6.Numerator, 1, t6.Denominator - 1); // most villages have a trained worker, not all
        var t11 = Sum("T11");
        Assert.InRange(t11.Numerator, 1, t11.Denominator - 1); // some clinicians short of their CME hours
    }

    /// <summary>Case reports among the station's own residents, dated consistently, with the dengue cluster at the third station.</summary>
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Demo_case_reports_belong_to_their_station_and_show_the_dengue_cluster(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var today = new DateOnly(2026, 11, 22);
        await using var scope = database.Scope();
        await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(new DemoOptions { Seed = 5, Stations = 4, PeoplePerStation = 40, Today = today });
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var cases = await db.Set<CoSo.Core.Surveillance.Cases.CaseReport>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(p => p.Id);

        Assert.NotEmpty(cases);
        Assert.All(cases, c =>
        {
            Assert.Equal(people[c.PersonId!.Value].OrgUnitId, c.OrgUnitId);
            Assert.True(c.OnsetDate <= VietnamClock.LocalDate(c.DiagnosedAt) && c.DiagnosedAt <= c.ReportedAt, c.Id.ToString());
            Assert.InRange(c.OnsetDate, today.AddDays(-70), today);
        });
        var stations = await db.OrgUnits.Where(u => u.Kind == CoSo.Core.Organisation.OrgUnitKind.CommuneHealthStation).OrderBy(u => u.Code).Select(u => u.Id).ToListAsync();
        var recentDengue = stations.Select(s => cases.Count(c => c.OrgUnitId == s && c.DiseaseCode == "dengue" && c.OnsetDate > today.AddDays(-14))).ToList();
        Assert.True(recentDengue[2] >= 6 && recentDengue[2] > recentDengue.Where((_, i) => i != 2).Max(), string.Join(",", recentDengue));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Demo_children_under_6_have_dose_histories_some_up_to_date_and_some_overdue(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var today = new DateOnly(2026, 12, 2);
        await using var scope = database.Scope();
        await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(new DemoOptions { Seed = 1, Stations = 2, PeoplePerStation = 300, Today = today });
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        // Read as the system actor (scope: everything), through the ordinary filters.
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var doses = await db.Set<CoSo.Core.Immunization.ImmunizationDose>().AsNoTracking().ToListAsync();
        var schedule = CoSo.Core.Immunization.ImmunizationSchedule.LoadDefault();
        var codes = schedule.Rules.Select(r => r.Vaccine).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(doses);
        Assert.All(doses, d =>
        {
            var child = people[d.PersonId];
            Assert.Equal(child.OrgUnitId, d.OrgUnitId);
            Assert.InRange(d.GivenOn, child.BirthDate!.Value, today);
            Assert.True(child.BirthDate > today.AddYears(-6), $"{child.BirthDate}");
            Assert.Contains(d.Vaccine, codes);
            // Given elsewhere = a birth dose at the district hospital, named; at the station = with a lot.
            Assert.True(d.Place == CoSo.Core.Immunization.DosePlace.Elsewhere ? d.PlaceText is { Length: > 0 } && d.GivenOn <= child.BirthDate.Value.AddDays(2) : d.LotNumber is { Length: > 0 }, $"{d.Vaccine} {d.Place}");
        });

        // The schedule engine, on today's date, finds most children with nothing overdue and some with a dose overdue:
        // the station's due list is not empty, and not everyone is on it.
        var children = people.Values.Where(p => p.BirthDate > today.AddYears(-6) && !p.IsDeceased).ToList();
        var byChild = doses.ToLookup(d => d.PersonId);
        var overdue = children.Count(c => CoSo.Core.Immunization.ScheduleEngine.Evaluate(schedule.ForProvince(c.ProvinceCode), c.BirthDate!.Value, today,
                byChild[c.Id].Select(d => new CoSo.Core.Immunization.GivenDose(d.Vaccine, d.DoseNumber, d.GivenOn)).ToList(), CoSo.Core.Immunization.ChildProgrammes.Routine)
            .Any(e => e.Status == CoSo.Core.Immunization.DoseStatus.Overdue));
        Assert.InRange(overdue, 1, children.Count / 2);
        Assert.True(byChild.Count >= children.Count * 9 / 10, $"{byChild.Count} of {children.Count} children have doses");
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Demo_mother_and_child_data_belong_to_children_under_5_and_women_of_reproductive_age_at_their_station(string provider)
    {
        await using var database = await ImportTestDatabase.CreateAsync(provider);
        var today = new DateOnly(2026, 12, 2);
        await using var scope = database.Scope();
        await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(new DemoOptions { Seed = 1, Stations = 2, PeoplePerStation = 300, Today = today });
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(p => p.Id);
        var growth = await db.Set<CoSo.Core.Growth.GrowthMeasurement>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var doses = await db.Set<CoSo.Core.Nutrition.VitaminADose>().IgnoreQueryFilters().AsNoTracking().ToListAsync();
        var uses = await db.Set<CoSo.Core.FamilyPlanning.ContraceptiveUse>().IgnoreQueryFilters().AsNoTracking().ToListAsync();

        Assert.NotEmpty(growth);
        Assert.All(growth, m =>
        {
            var child = people[m.PersonId];
            Assert.Equal((child.OrgUnitId, m.MeasuredOn.DayNumber - child.BirthDate!.Value.DayNumber), (m.OrgUnitId, m.AgeDays));
            Assert.InRange(m.AgeDays, 0, 1826);
            Assert.True(m.MeasuredOn <= today);
            // The classes were computed from the weight and length, never left blank for a plausible child.
            Assert.NotNull(m.LengthForAge);
        });
        // Stunting is common but not the rule: some children stunted, most not (the draw centres HAZ on −0.9).
        var latest = growth.GroupBy(m => m.PersonId).Select(g => g.MaxBy(m => m.MeasuredOn)!).ToList();
        Assert.InRange(latest.Count(m => m.LengthForAge != CoSo.Core.Growth.LengthForAgeClass.Normal), 1, latest.Count / 2);

        Assert.NotEmpty(doses);
        Assert.All(doses, d => Assert.Equal(CoSo.Core.Nutrition.VitaminARules.DoseFor(people[d.PersonId].BirthDate!.Value, d.GivenOn), d.DoseIu));
        Assert.All(doses.GroupBy(d => d.PersonId), g => Assert.True(g.OrderBy(d => d.GivenOn).Zip(g.OrderBy(d => d.GivenOn).Skip(1)).All(x => x.Second.GivenOn.DayNumber - x.First.GivenOn.DayNumber >= 120)));

        Assert.NotEmpty(uses);
        Assert.All(uses, u =>
        {
            var woman = people[u.PersonId];
            Assert.Equal((Sex.Female, woman.OrgUnitId), (woman.Sex, u.OrgUnitId));
            Assert.InRange(today.Year - woman.BirthYear, 15, 49);
            Assert.True(u.StartedOn <= today && (u.LastSupplyOn is null || u.LastSupplyOn >= u.StartedOn));
        });

        // Read as the system actor (scope: everything), through the ordinary filters.
        // Pregnancies: women 18–42 of their station, dated by an LMP in the last 39 weeks, contacts between the LMP and today;
        // the demo village worker's village (the first station's first village) has one open pregnancy.
        var pregnancies = await db.Set<CoSo.Core.Maternal.Pregnancy>().AsNoTracking().ToListAsync();
        var contacts = await db.Set<CoSo.Core.Maternal.AntenatalContact>().AsNoTracking().ToListAsync();
        var deliveries = await db.Set<CoSo.Core.Maternal.Delivery>().Include(d => d.Outcomes).AsNoTracking().ToListAsync();
        var open = pregnancies.Where(p => p.IsOpen).ToList();
        Assert.NotEmpty(open);
        Assert.All(open, p =>
        {
            var woman = people[p.PersonId];
            Assert.Equal((Sex.Female, woman.OrgUnitId), (woman.Sex, p.OrgUnitId));
            Assert.InRange(today.Year - woman.BirthYear, 18, 42);
            Assert.InRange(today.DayNumber - p.LastMenstrualPeriod!.Value.DayNumber, 42, 275);
        });
        Assert.All(contacts, c =>
        {
            var p = pregnancies.Single(x => x.Id == c.PregnancyId);
            Assert.True(c.ContactDate >= p.LastMenstrualPeriod && c.ContactDate <= (p.EndedOn ?? today) && c.ContactDate >= p.FirstContactDate);
        });
        var worker = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "yta");
        var workerVillage = await db.UserOrgUnits.AsNoTracking().Where(u => u.UserId == worker.Id).Select(u => u.OrgUnitId).SingleAsync();
        Assert.Contains(open, p => people[p.PersonId].VillageId == workerVillage);

        // Deliveries: the babies of the last six weeks who have a mother in the household (its head or spouse, 18–45),
        // each linked to a live birth of that mother.
        var babies = people.Values.Where(p => p.BirthDate > today.AddDays(-42) && p.HouseholdId != null && people.Values.Any(m => m.HouseholdId == p.HouseholdId
            && m.Sex == Sex.Female && m.RelationshipToHead is HouseholdRelationship.Head or HouseholdRelationship.Spouse && today.Year - m.BirthYear is >= 18 and <= 45)).ToList();
        Assert.NotEmpty(babies); // seed 1 gives the two stations babies of the last six weeks (not every seed does, with 600 residents)
        Assert.Equal(babies.Select(b => b.Id).Order(), deliveries.Select(d => d.Outcomes.Single().NewbornPersonId!.Value).Order());
        Assert.All(deliveries, d =>
        {
            var baby = people[Assert.Single(d.Outcomes).NewbornPersonId!.Value];
            Assert.Equal((d.DeliveryDate, people[d.PersonId].HouseholdId), (baby.BirthDate!.Value, baby.HouseholdId));
            Assert.InRange(today.DayNumber - d.DeliveryDate.DayNumber, 0, 42);
            Assert.Equal(CoSo.Core.Maternal.PregnancyStatus.Delivered, pregnancies.Single(p => p.Id == d.PregnancyId).Status);
        });
    }

    private static async Task<List<Person>> SeedAndReadAsync(ImportTestDatabase database, DemoOptions options)
    {
        await using var scope = database.Scope();
        var summary = await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(options);
        Assert.False(summary.AlreadySeeded);
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        return await db.People.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
    }
}
