using System.Globalization;
using CoSo.Core.Common;
using CoSo.Core.Immunization;
using CoSo.Core.Indicators;
using CoSo.Core.Maternal;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.Data.Maternal;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Maternal;

/// <summary>
/// The maternal rows of the monthly report (antenatal visits, tetanus protection at birth, skilled attendance, the
/// first-week postnatal visit, stillbirths, maternal deaths) for two communes and their roll-up, on a hand-built
/// October 2026; every expected pair is worked out in the comments.
/// </summary>
public sealed class MaternalIndicatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Maternal_indicators_are_computed_from_pregnancies_deliveries_and_doses_and_rolled_up(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_mat");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await using var sp = Indicators.IndicatorTestData.Services(cs, new FakeTimeProvider(Now));
        await using (var scope = sp.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
            var (a, b) = (org.StationA, org.StationB);

            // W1: five contacts, Td 10/03 and 15/04 (dose 2 six months before), midwife at the station on 10/10, visited on 13/10.
            var w1 = Woman(db, a);
            var p1 = Pregnant(db, w1, "2026-03-01", ended: "2026-10-10");
            Contacts(db, p1, "2026-03-10", "2026-05-05", "2026-07-20", "2026-09-01", "2026-10-01");
            Td(db, w1, "2026-03-10", "2026-04-15");
            var d1 = Deliver(db, p1, "2026-10-10", BirthAttendant.Midwife, BirthOutcomeKind.LiveBirth);
            Postnatal(db, d1, "2026-10-13");

            // W2: three contacts before the birth (one more after it), one Td dose, twins at home with an untrained
            // attendant — one live-born, one stillborn — first visited on 29/10 (9 days).
            var w2 = Woman(db, a);
            var p2 = Pregnant(db, w2, "2026-05-01", ended: "2026-10-20");
            Contacts(db, p2, "2026-05-02", "2026-07-01", "2026-09-15", "2026-10-25");
            Td(db, w2, "2026-05-02");
            var d2 = Deliver(db, p2, "2026-10-20", BirthAttendant.Untrained, BirthOutcomeKind.LiveBirth, BirthOutcomeKind.Stillbirth);
            Postnatal(db, d2, "2026-10-29");

            // W3: delivered on 28/09 → in September's figures, not October's.
            var w3 = Woman(db, a);
            var p3 = Pregnant(db, w3, "2026-02-01", ended: "2026-09-28");
            Contacts(db, p3, "2026-02-10", "2026-04-10", "2026-07-10", "2026-09-20");
            Deliver(db, p3, "2026-09-28", BirthAttendant.Doctor, BirthOutcomeKind.LiveBirth);

            // W4: four contacts, three valid Td doses (the third on 01/02/2022: 5 years), a doctor at the hospital on
            // 05/10; she died on 30/10 of a postpartum haemorrhage (O72.1), 25 days after → a maternal death.
            var w4 = Woman(db, a, died: "2026-10-30", cause: "O72.1");
            var p4 = Pregnant(db, w4, "2026-03-15", ended: "2026-10-05");
            Contacts(db, p4, "2026-03-20", "2026-06-01", "2026-08-01", "2026-09-20");
            Td(db, w4, "2021-06-01", "2021-07-05", "2022-02-01");
            Deliver(db, p4, "2026-10-05", BirthAttendant.Doctor, BirthOutcomeKind.LiveBirth);

            // W5: pregnant, killed in a road accident (V89.2) on 15/10 → not a maternal death.
            Pregnant(db, Woman(db, a, died: "2026-10-15", cause: "V89.2"), "2026-06-01");
            // W6: delivered on 01/07, died on 20/10 (111 days later) → not a maternal death.
            var w6 = Woman(db, a, died: "2026-10-20");
            Deliver(db, Pregnant(db, w6, "2025-10-01", ended: "2026-07-01"), "2026-07-01", BirthAttendant.Doctor, BirthOutcomeKind.LiveBirth);
            // W7: pregnant, died on 12/10, cause unknown → a maternal death.
            Pregnant(db, Woman(db, a, died: "2026-10-12"), "2026-07-01");
            // Live births registered at A in October: three newborns.
            Newborn(db, a, "2026-10-05");
            Newborn(db, a, "2026-10-10");
            Newborn(db, a, "2026-10-20");

            // Station B, V1: four contacts, no Td, a nurse on 03/10, visited the same day.
            var v1 = Woman(db, b);
            var q1 = Pregnant(db, v1, "2026-02-01", ended: "2026-10-03");
            Contacts(db, q1, "2026-02-15", "2026-05-01", "2026-08-01", "2026-09-15");
            Postnatal(db, Deliver(db, q1, "2026-10-03", BirthAttendant.Nurse, BirthOutcomeKind.LiveBirth), "2026-10-03");
            await db.SaveChangesAsync();
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IndicatorEngine>().RecomputeAllAsync(Period.Month(2026, 10));
        }

        await using (var scope = sp.CreateAsyncScope())
        {
            var r = await scope.ServiceProvider.GetRequiredService<CoSoDbContext>().Set<IndicatorResult>().AsNoTracking().Where(x => x.Period == "2026-10")
                .ToDictionaryAsync(x => (x.IndicatorCode, x.OrgUnitId), x => (x.Numerator, x.Denominator));
            var (sa, sb, dept) = (org.StationA.Id, org.StationB.Id, org.Department.Id);

            // Deliveries at A in October: W1, W2, W4 = 3 (W3 was in September). ≥ 4 contacts up to the birth: W1 (5), W4 (4).
            Assert.Equal((2, 3), r[(MaternalIndicators.FourVisits, sa)]);
            // Protected at birth: W1 (dose 2 on 15/04, within 3 years), W4 (dose 3 on 01/02/2022, within 5); W2 one dose.
            Assert.Equal((2, 3), r[(MaternalIndicators.Tetanus, sa)]);
            // Skilled: W1 midwife, W4 doctor; W2 untrained.
            Assert.Equal((2, 3), r[(MaternalIndicators.SkilledBirths, sa)]);
            // Visited within 7 days: W1 (3 days); W2 on day 9; W4 never.
            Assert.Equal((1, 3), r[(MaternalIndicators.Postnatal, sa)]);
            // Babies born in October's deliveries: W1 1, W2 2 (one stillborn), W4 1 → 1 of 4.
            Assert.Equal((1, 4), r[(MaternalIndicators.Stillbirths, sa)]);
            // Maternal deaths: W4 (25 days after the birth), W7 (pregnant); not W5 (accident) nor W6 (111 days). Live births: 3.
            Assert.Equal((2, 3), r[(MaternalIndicators.MaternalDeaths, sa)]);

            Assert.Equal((1, 1), r[(MaternalIndicators.FourVisits, sb)]);
            Assert.Equal((0, 1), r[(MaternalIndicators.Tetanus, sb)]);
            Assert.Equal((1, 1), r[(MaternalIndicators.Postnatal, sb)]);
            Assert.Equal((0, 1), r[(MaternalIndicators.Stillbirths, sb)]);

            Assert.Equal((3, 4), r[(MaternalIndicators.FourVisits, dept)]);
            Assert.Equal((2, 4), r[(MaternalIndicators.Tetanus, dept)]);
            Assert.Equal((3, 4), r[(MaternalIndicators.SkilledBirths, dept)]);
            Assert.Equal((2, 4), r[(MaternalIndicators.Postnatal, dept)]);
            Assert.Equal((1, 5), r[(MaternalIndicators.Stillbirths, dept)]);
            Assert.Equal((2, 3), r[(MaternalIndicators.MaternalDeaths, dept)]);
        }
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static Person Woman(CoSoDbContext db, OrgUnit station, string? died = null, string? cause = null)
    {
        var name = TestPeople.UniqueName("Trần Thị");
        var p = new Person
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station.Id, FullName = name, NameKey = TextFolding.Fold(name),
            BirthDate = new DateOnly(1995, 4, 1), BirthYear = 1995, Sex = Sex.Female, CreatedAt = Now, UpdatedAt = Now, Version = 1,
            IsDeceased = died is not null, DeceasedOn = died is null ? null : D(died), DeathCauseCode = cause,
        };
        db.People.Add(p);
        return p;
    }

    private static void Newborn(CoSoDbContext db, OrgUnit station, string born)
    {
        var name = TestPeople.UniqueName();
        db.People.Add(new Person
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station.Id, FullName = name, NameKey = TextFolding.Fold(name),
            BirthDate = D(born), BirthYear = 2026, Sex = Sex.Male, CreatedAt = Now, UpdatedAt = Now, Version = 1,
        });
    }

    private static Pregnancy Pregnant(CoSoDbContext db, Person woman, string firstContact, string? ended = null)
    {
        var p = new Pregnancy
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = woman.OrgUnitId, PersonId = woman.Id, FirstContactDate = D(firstContact),
            Status = ended is null ? PregnancyStatus.Active : PregnancyStatus.Delivered, EndedOn = ended is null ? null : D(ended),
            CreatedAt = Now, UpdatedAt = Now, Version = 1,
        };
        db.Add(p);
        return p;
    }

    private static void Contacts(CoSoDbContext db, Pregnancy p, params string[] days)
    {
        foreach (var day in days)
        {
            db.Add(new AntenatalContact { Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = p.OrgUnitId, PersonId = p.PersonId, PregnancyId = p.Id, ContactDate = D(day), CreatedAt = Now });
        }
    }

    private static void Td(CoSoDbContext db, Person woman, params string[] days)
    {
        for (var i = 0; i < days.Length; i++)
        {
            db.Add(new ImmunizationDose { Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = woman.OrgUnitId, PersonId = woman.Id, Vaccine = VaccineCodes.Td, DoseNumber = i + 1, GivenOn = D(days[i]), CreatedAt = Now });
        }
    }

    private static Delivery Deliver(CoSoDbContext db, Pregnancy p, string on, BirthAttendant attendant, params BirthOutcomeKind[] babies)
    {
        var d = new Delivery
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = p.OrgUnitId, PersonId = p.PersonId, PregnancyId = p.Id, DeliveryDate = D(on),
            Place = attendant == BirthAttendant.Untrained ? DeliveryPlace.Home : DeliveryPlace.Station, Attendant = attendant, Mode = DeliveryMode.SpontaneousVaginal, CreatedAt = Now,
        };
        for (var i = 0; i < babies.Length; i++)
        {
            d.Outcomes.Add(new BirthOutcome { Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = p.OrgUnitId, PersonId = p.PersonId, DeliveryId = d.Id, BirthOrder = i + 1, Kind = babies[i] });
        }

        db.Add(d);
        return d;
    }

    private static void Postnatal(CoSoDbContext db, Delivery d, string on) =>
        db.Add(new PostnatalVisit { Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = d.OrgUnitId, PersonId = d.PersonId, DeliveryId = d.Id, VisitDate = D(on), CreatedAt = Now });
}
