using CoSo.Core.Bhyt;
using CoSo.Core.Indicators;
using CoSo.Data;
using CoSo.Data.Indicators;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Indicators;

/// <summary>
/// T2 (issue 15, item 6): residents with at least one visit at the station in the period whose claim was accepted
/// or, until the gateway answers, submitted / residents with any visit at the station in the period. Worked by hand on
/// the indicator test population (<see cref="IndicatorTestData"/>) plus the claims listed in each test.
/// </summary>
public sealed class BhytUsersTargetT2Tests
{
    private static readonly Period October = Period.Month(2026, 10);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task T2_counts_the_residents_whose_visit_claim_was_accepted_or_is_awaiting_the_answer(string provider)
    {
        var data = await IndicatorTestData.CreateAsync(provider);
        var (a, b, dept) = (data.Org.StationA, data.Org.StationB, data.Org.Department.Id);
        Guid p1SecondVisit = default;
        await data.WithDbAsync(async (db, _) =>
        {
            var p1 = await db.People.SingleAsync(p => p.Id == data.P1);
            p1SecondVisit = IndicatorTestData.Visit(db, p1, a, new DateOnly(2026, 10, 16), true);
            Claim(db, data, data.Visits["P1 02/10 A"], a.Id, data.P1, 10, 2, 1, ClaimStatus.Accepted);
            Claim(db, data, p1SecondVisit, a.Id, data.P1, 10, 16, 1, ClaimStatus.Submitted);      // P1 again: one resident
            Claim(db, data, data.Visits["P4 31/10 A"], a.Id, data.P4, 10, 31, 1, ClaimStatus.Rejected, current: false);
            Claim(db, data, data.Visits["P4 31/10 A"], a.Id, data.P4, 10, 31, 2, ClaimStatus.Draft); // corrected, not yet resent
            Claim(db, data, data.Visits["P2 09/10 A"], a.Id, data.P2, 10, 9, 1, ClaimStatus.Held);   // uncovered: never sent
            Claim(db, data, data.Visits["P1 30/09 A"], a.Id, data.P1, 9, 30, 1, ClaimStatus.Accepted);
            Claim(db, data, data.Visits["P2 01/10 B"], b.Id, data.P2, 10, 1, 1, ClaimStatus.Rejected, current: false);
            Claim(db, data, data.Visits["P2 01/10 B"], b.Id, data.P2, 10, 1, 2, ClaimStatus.Resubmitted);
            return await db.SaveChangesAsync();
        });

        await data.WithDbAsync(async (_, sp) =>
        {
            var engine = sp.GetRequiredService<IndicatorEngine>();
            await engine.RecomputeAllAsync(October);
            return await engine.RecomputeAllAsync(Period.Month(2026, 9));
        });
        var r = await ResultsAsync(data);

        // A, October: visitors P1 (two visits), P2, P4 = 3; paid: P1 (accepted 02/10, submitted 16/10) = 1. P4's current
        // claim is a draft (its rejected first version no longer counts), P2's visit was held as uncovered.
        Assert.Equal((1, 3), r[("T2", a.Id, "2026-10")]);
        // B, October: P2, whose corrected claim was resubmitted = 1 of 1.
        Assert.Equal((1, 1), r[("T2", b.Id, "2026-10")]);
        // The department sums its stations: P2 is a visitor at A and at B, so counts twice in the denominator = 2 of 4.
        Assert.Equal((2, 4), r[("T2", dept, "2026-10")]);
        Assert.Equal((2, 4), r[("T2", data.Org.Nation.Id, "2026-10")]);
        // A, September: P1's accepted visit of 30/09 = 1 of 1.
        Assert.Equal((1, 1), r[("T2", a.Id, "2026-09")]);

        // Both figures open to their lists; a resident is listed once.
        var lists = await data.WithDbAsync(async (_, sp) =>
        {
            var query = sp.GetRequiredService<IndicatorQuery>();
            return new[]
            {
                await query.ResidentsAsync("T2", a.Id, October, "numerator", 1, 50),
                await query.ResidentsAsync("T2", a.Id, October, "denominator", 1, 50),
                await query.ResidentsAsync("T2", dept, October, "numerator", 1, 50),
                await query.ResidentsAsync("T2", dept, October, "denominator", 1, 50),
            };
        });
        Assert.Equal([data.P1], lists[0].Items.Select(i => i.Id));
        Assert.Equal(new[] { data.P1, data.P2, data.P4 }.Order(), lists[1].Items.Select(i => i.Id).Order());
        Assert.Equal(new[] { data.P1, data.P2 }.Order(), lists[2].Items.Select(i => i.Id).Order());
        Assert.Equal(3, lists[3].Total); // the people behind the department's 4: P2 is one person
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_gateways_late_answer_recomputes_the_month_of_the_visit(string provider)
    {
        var data = await IndicatorTestData.CreateAsync(provider);
        var a = data.Org.StationA;
        var claimId = await data.WithDbAsync(async (db, _) =>
        {
            var id = Claim(db, data, data.Visits["P4 31/10 A"], a.Id, data.P4, 10, 31, 1, ClaimStatus.Submitted);
            await db.SaveChangesAsync();
            return id;
        });
        await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync());
        Assert.Equal((1, 3), (await ResultsAsync(data))[("T2", a.Id, "2026-10")]);

        // 12/11: the gateway rejects it. The claim is written in November; October's T2 must follow.
        data.Time.Advance(TimeSpan.FromDays(23));
        await data.WithDbAsync(async (db, _) =>
        {
            var claim = await db.Set<BhytClaim>().SingleAsync(c => c.Id == claimId);
            (claim.Status, claim.GatewayCode, claim.AnsweredAt) = (ClaimStatus.Rejected, "E01", data.Time.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        var marks = await data.WithDbAsync((db, _) => db.Set<IndicatorDirtyMark>().Where(m => m.Source == nameof(BhytClaim)).Select(m => m.Period).Distinct().OrderBy(m => m).ToListAsync());
        Assert.Equal(["2026-10", "2026-11"], marks);
        await data.WithDbAsync((_, sp) => sp.GetRequiredService<IndicatorEngine>().RecomputeDirtyAsync());
        Assert.Equal((0, 3), (await ResultsAsync(data))[("T2", a.Id, "2026-10")]);
    }

    private static Guid Claim(CoSoDbContext db, IndicatorTestData data, Guid visit, Guid station, Guid person, int month, int day, int version, ClaimStatus status, bool current = true)
    {
        var claim = new BhytClaim
        {
            Id = Guid.CreateVersion7(), ProvinceCode = "38", OrgUnitId = station, PersonId = person, EncounterId = visit, EncounterVersion = 1,
            MaLk = visit.ToString("N"), MaCskcb = "38001", ClaimVersion = version, IsCurrent = current, Status = status,
            VisitDate = new DateOnly(2026, month, day), TotalBv = 44_600, TotalBh = 44_600, FundPays = 44_600,
            CreatedAt = data.Time.GetUtcNow(), UpdatedAt = data.Time.GetUtcNow(), Version = 1,
        };
        db.Add(claim);
        return claim.Id;
    }

    private static Task<Dictionary<(string, Guid, string), (long, long)>> ResultsAsync(IndicatorTestData data) =>
        data.WithDbAsync((db, _) => db.Set<IndicatorResult>().AsNoTracking().Where(x => x.IndicatorCode == "T2" && x.Status == IndicatorStatus.Ok)
            .ToDictionaryAsync(x => (x.IndicatorCode, x.OrgUnitId, x.Period), x => (x.Numerator, x.Denominator)));
}
