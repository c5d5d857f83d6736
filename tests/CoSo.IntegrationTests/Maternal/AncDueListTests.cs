using CoSo.Core.Maternal;
using CoSo.Core.People;
using CoSo.Data.Maternal;
using CoSo.Data.People;
using CoSo.IntegrationTests.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoSo.IntegrationTests.Maternal;

/// <summary>
/// The antenatal due list of station A on 20/10/2026, worked out by hand from the national schedule (docs/maternal.md):
/// visit 1 before 14 weeks (overdue from 12), visit 2 in 14–27 weeks (due 24, overdue 26), visits 3 and 4 from 28 weeks
/// (due 32 and 36, overdue 34 and 38); no contact yet: due when known, overdue 14 days later; past 42 weeks: the outcome.
/// </summary>
public sealed class AncDueListTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_due_list_of_20_October_2026_worked_by_hand(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_anc");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 10, 20, 3, 0, 0, TimeSpan.Zero));
        await using var sp = IndicatorTestData.Services(cs, time);

        async Task<Guid> Woman(string name, Guid station, Guid? village)
        {
            await using var scope = sp.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<PeopleService>().RegisterAsync(new PersonInput
            {
                FullName = name, BirthDate = D(1995, 6, 1), Sex = Sex.Female, OrgUnitId = station, VillageId = village,
            })).Id;
        }

        async Task<Guid> Pregnant(Guid woman, DateOnly firstContact, DateOnly? lmp, params DateOnly[] contacts)
        {
            await using var scope = sp.CreateAsyncScope();
            var card = await scope.ServiceProvider.GetRequiredService<PregnancyRegisterService>().RegisterAsync(woman, new PregnancyRegistration { FirstContactDate = firstContact, LastMenstrualPeriod = lmp });
            foreach (var c in contacts)
            {
                await scope.ServiceProvider.GetRequiredService<AntenatalService>().RecordAsync(card.Id, new AntenatalContactInput { ContactDate = c });
            }

            return card.Id;
        }

        // P1 (A1): LMP 10/03, seen 20/04 (day 41) and 10/08 (day 153); 20/10 is day 224 = 32+0: visit 3 due today, overdue from 03/11.
        var p1 = await Pregnant(await Woman("Nguyễn Thị Một", org.StationA.Id, org.VillageA1.Id), D(2026, 4, 20), D(2026, 3, 10), D(2026, 4, 20), D(2026, 8, 10));
        // P2 (A2): LMP 20/01, seen on days 40, 132 and 224 (visits 1, 2, 3); visit 4 due day 252 = 29/09, overdue day 266 = 13/10: 7 days overdue.
        var p2 = await Pregnant(await Woman("Trần Thị Hai", org.StationA.Id, org.VillageA2.Id), D(2026, 3, 1), D(2026, 1, 20), D(2026, 3, 1), D(2026, 6, 1), D(2026, 9, 1));
        // P3 (A1): LMP 10/05, seen 01/07; day 163 = 23+2: visit 2 not due until day 168 = 25/10. Not listed.
        await Pregnant(await Woman("Lê Thị Ba", org.StationA.Id, org.VillageA1.Id), D(2026, 7, 1), D(2026, 5, 10), D(2026, 7, 1));
        // P4 (A1): reported by the village worker on 01/10, no contact: overdue for the first visit since 15/10 (5 days).
        Guid p4;
        await using (var scope = sp.CreateAsyncScope())
        {
            p4 = (await scope.ServiceProvider.GetRequiredService<PregnancyRegisterService>()
                .ReportFoundAsync(await Woman("Phạm Thị Bốn", org.StationA.Id, org.VillageA1.Id), new PregnancyReportInput(D(2026, 10, 1)))).Id;
        }

        // P5 (A1): like P1, but agreed by phone to come on 25/10: off the list until then.
        var p5 = await Pregnant(await Woman("Hoàng Thị Năm", org.StationA.Id, org.VillageA1.Id), D(2026, 4, 20), D(2026, 3, 10), D(2026, 4, 20), D(2026, 8, 10));
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AncDueService>().RecordCallAsync(p5, new AncCallInput(AncCallOutcome.AgreedToCome, D(2026, 10, 25)));
        }

        // P6 (A2): LMP 01/12/2025, seen 10/01; day 323 on 20/10: past 42 weeks (day 294 = 21/09) without an outcome, 29 days.
        var p6 = await Pregnant(await Woman("Vũ Thị Sáu", org.StationA.Id, org.VillageA2.Id), D(2026, 1, 10), D(2025, 12, 1), D(2026, 1, 10));
        // P7: like P2 but the woman died; P8: like P2 at station B. Neither is on station A's list.
        var died = await Woman("Đỗ Thị Bảy", org.StationA.Id, org.VillageA2.Id);
        await Pregnant(died, D(2026, 3, 1), D(2026, 1, 20), D(2026, 3, 1));
        await TestDatabase.WithDbAsync(cs, async db =>
        {
            var person = await db.People.FirstAsync(p => p.Id == died);
            (person.IsDeceased, person.DeceasedOn) = (true, D(2026, 10, 1));
            return await db.SaveChangesAsync();
        });
        var p8 = await Pregnant(await Woman("Bùi Thị Tám", org.StationB.Id, org.VillageB1.Id), D(2026, 3, 1), D(2026, 1, 20), D(2026, 3, 1), D(2026, 6, 1), D(2026, 9, 1));

        await using var read = sp.CreateAsyncScope();
        var due = read.ServiceProvider.GetRequiredService<AncDueService>();
        var list = await due.ListAsync(org.StationA.Id, null);

        // Overdue first (by the day they fell due), then due: P6 (21/09), P2 (29/09), P4 (01/10), then P1 (20/10).
        Assert.Equal([p6, p2, p4, p1], list.Items.Select(i => i.PregnancyId));
        Assert.Equal(
            [(AncDueReason.OutcomeMissing, CareSlotStatus.Overdue, (int?)null, D(2026, 9, 21), 29),
             (AncDueReason.ScheduledContact, CareSlotStatus.Overdue, 4, D(2026, 9, 29), 7),
             (AncDueReason.FirstContact, CareSlotStatus.Overdue, null, D(2026, 10, 1), 5),
             (AncDueReason.ScheduledContact, CareSlotStatus.Due, 3, D(2026, 10, 20), 0)],
            list.Items.Select(i => (i.Reason, i.Status, i.ContactNumber, i.DueFrom, i.DaysOverdue)));
        Assert.Equal((PregnancyStatus.Reported, (int?)null), (list.Items[2].PregnancyStatus, list.Items[2].GestationDays));
        Assert.Equal((224, 2, D(2026, 11, 3)), (list.Items[3].GestationDays!.Value, list.Items[3].ContactCount, list.Items[3].OverdueFrom!.Value));

        // Village A1 alone: P4 and P1.
        Assert.Equal([p4, p1], (await due.ListAsync(org.StationA.Id, org.VillageA1.Id)).Items.Select(i => i.PregnancyId));
        // Station B: P8, overdue for visit 4 like P2.
        Assert.Equal([p8], (await due.ListAsync(org.StationB.Id, null)).Items.Select(i => i.PregnancyId));
        // On WHO's eight contacts P1 is not due (contact 5 from day 231 = 27/10) while P2 is late for contact 7 (38 weeks:
        // due from day 266 = 13/10, overdue from day 273 = 20/10); its day-224 contact filled contact 5, 26 and 30 weeks were missed.
        var who = await due.ListAsync(org.StationA.Id, null, "who-2016");
        Assert.DoesNotContain(p1, who.Items.Select(i => i.PregnancyId));
        Assert.Equal((7, CareSlotStatus.Overdue), who.Items.Where(i => i.PregnancyId == p2).Select(i => (i.ContactNumber!.Value, i.Status)).Single());
    }
}
