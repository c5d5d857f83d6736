using CoSo.Core.Identity;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Surveillance;
using CoSo.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Surveillance;

/// <summary>One alert per event (ADR 0008): continuing weeks join the open alert; a quiet gap or a user's closing ends it.</summary>
public sealed class AlertEventTests
{
    // Sundays of 2026-W10, W11, W12 and W16 (Mondays 2026-03-02, 03-09, 03-16, 04-13).
    private static readonly DateOnly SundayW10 = new(2026, 3, 8);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Three_signalled_weeks_of_commune_dengue_are_one_alert_with_three_weeks_of_evidence_and_a_signal_after_three_quiet_weeks_opens_a_second(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_surv_ev");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        // Dengue (2 cases within 14 days): one case on the Monday and one on the Tuesday of W10, W11 and W12.
        await SeedDengueAsync(cs, org, 0, 1, 2);
        await using var sp = TestDatabase.Services(cs, new ScopedActor("admin", AccessScope.Everything));

        // The daily job on each Sunday judges last week and this week. W10: the station's threshold and the
        // department's C1 (2 cases after empty weeks > 3.090232 · 0.5 = 1.55) each open an alert.
        Assert.Equal(new AlertRunResult(2, 0, 2), await RunAsync(sp, SundayW10));
        // W11 and W12 continue both (the department by C2: its guard band keeps W10 out of the baseline, bound 1.55 again).
        Assert.Equal(new AlertRunResult(0, 2, 2), await RunAsync(sp, SundayW10.AddDays(7)));
        Assert.Equal(new AlertRunResult(0, 2, 2), await RunAsync(sp, SundayW10.AddDays(14)));
        // The same day again: every week is stored already.
        Assert.True((await RunAsync(sp, SundayW10.AddDays(14))).Nothing);

        var station = await AlertsAsync(cs, org.StationA.Id);
        var alert = Assert.Single(station);
        Assert.Equal(("2026-W10", "2026-W12", 3, AlertStatus.New), (alert.Period, alert.LastPeriod, alert.WeekCount, alert.Status));
        // Largest 14-day window in each week: W10 2 (Mon + Tue); W11 on Tuesday 4 (W10's two and W11's two);
        // W12 on Monday days W10-Tue … W12-Mon = 4, on Tuesday W11's two and W12's two = 4.
        Assert.Equal(["2026-W10", "2026-W11", "2026-W12"], alert.WeeklyEvidence.Select(w => w.Period));
        Assert.Equal([2, 4, 4], alert.WeeklyEvidence.Select(w => w.Count));
        Assert.All(alert.WeeklyEvidence, w => Assert.Equal((AlertEvaluator.Threshold, 2.0), (w.Method, w.UpperBound)));
        Assert.Equal((2, AlertEvaluator.Threshold), (alert.Count, alert.Method)); // the alert's own figures: its first week's
        var department = Assert.Single(await AlertsAsync(cs, org.Department.Id));
        Assert.Equal(("2026-W10", "2026-W12", 3), (department.Period, department.LastPeriod, department.WeekCount));

        // The list shows the ongoing alert once, with its span and each week's evidence.
        await using (var scope = sp.CreateAsyncScope())
        {
            var listed = Assert.Single(await scope.ServiceProvider.GetRequiredService<AlertService>().ListAsync(), a => a.OrgUnitId == org.StationA.Id);
            Assert.Equal(("2026-W10", "2026-W12", 3), (listed.Period, listed.LastWeek, listed.Weeks));
            Assert.Equal([2, 4, 4], listed.Weekly.Select(w => w.Count));
            Assert.All(listed.Weekly, w => Assert.Equal([AlertEvaluator.Threshold], w.Methods));
        }

        // W13–W15 quiet, W16 two cases: 16 − 12 = 4 weeks > 2, a second alert. The department's W16 (2 cases over a
        // baseline of 0,2,2,2,0,0,0: C1 bound 0.857 + 3.090232 · 1.069 = 4.16) does not signal.
        await SeedDengueAsync(cs, org, 6);
        Assert.Equal(new AlertRunResult(1, 0, 1), await RunAsync(sp, SundayW10.AddDays(42)));
        station = await AlertsAsync(cs, org.StationA.Id);
        Assert.Equal([("2026-W10", "2026-W12", 3), ("2026-W16", "2026-W16", 1)], station.Select(a => (a.Period, a.LastPeriod, a.WeekCount)));
        Assert.Single(station[1].WeeklyEvidence);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_alert_a_user_closed_is_not_continued_the_next_weeks_signal_opens_a_new_alert_while_an_open_one_continues(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_surv_ec");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        await SeedDengueAsync(cs, org, 0);
        await using var sp = TestDatabase.Services(cs, new ScopedActor("district", AccessScope.Everything));
        Assert.Equal(2, (await RunAsync(sp, SundayW10)).Created);

        // The station's alert is judged a false signal and closed; the department's stays New.
        var closed = Assert.Single(await AlertsAsync(cs, org.StationA.Id)).Id;
        foreach (var to in new[] { AlertStatus.Verifying, AlertStatus.Discarded, AlertStatus.Closed })
        {
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AlertService>().TransitionAsync(closed, new AlertTransitionInput(to, "Không phải ổ dịch", null));
        }

        await SeedDengueAsync(cs, org, 1);
        Assert.Equal(new AlertRunResult(1, 1, 2), await RunAsync(sp, SundayW10.AddDays(7)));

        var station = await AlertsAsync(cs, org.StationA.Id);
        Assert.Equal([("2026-W10", "2026-W10", AlertStatus.Closed), ("2026-W11", "2026-W11", AlertStatus.New)], station.Select(a => (a.Period, a.LastPeriod, a.Status)));
        Assert.Equal(3, await TestDatabase.CountAsync<AlertEvent>(cs)); // the closed alert's history (3 steps) is untouched
        var department = Assert.Single(await AlertsAsync(cs, org.Department.Id));
        Assert.Equal(("2026-W10", "2026-W11", 2, 1), (department.Period, department.LastPeriod, department.WeekCount, department.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_commune_rule_for_diarrhoea_alerts_on_the_worked_series_and_not_on_a_flat_one(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_surv_dr");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        // 2026-W03 … W14. Station A: C2 for W14 on W05–W11 = 1,0,2,1,0,1,2 (mean 1, sd 0.816 → σ = minSigma 1),
        // bound 1 + 3.090232 = 4.090232 < 5. Station B flat at 2: bound 2 + 3.090232 = 5.09 > 2.
        int[] a = [0, 1, 1, 0, 2, 1, 0, 1, 2, 1, 2, 5];
        var firstMonday = new DateOnly(2026, 1, 12);
        await TestDatabase.WithDbAsync(cs, db =>
        {
            for (var w = 0; w < a.Length; w++)
            {
                SurveillanceSeed.Cases(db, org.StationA.Id, "diarrhoea", firstMonday.AddDays(7 * w), a[w]);
                SurveillanceSeed.Cases(db, org.StationB.Id, "diarrhoea", firstMonday.AddDays(7 * w), 2);
            }

            return db.SaveChangesAsync();
        });
        await using var sp = TestDatabase.Services(cs);
        await using (var scope = sp.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AlertService>().RunAsync(new DateOnly(2026, 4, 1));
        }

        var alert = Assert.Single(await AlertsAsync(cs, org.StationA.Id));
        Assert.Equal(("2026-W14", "C2", "C2", 5), (alert.Period, alert.Method, alert.Evidence, alert.Count));
        Assert.Equal(1.0, alert.Mean!.Value, 9);
        Assert.Equal(4.090232, alert.UpperBound!.Value, 6);
        Assert.Empty(await AlertsAsync(cs, org.StationB.Id));
    }

    // One dengue case on the Monday and one on the Tuesday of each given week after W10.
    private static Task<int> SeedDengueAsync(string cs, TestOrg org, params int[] weeksAfterW10) => TestDatabase.WithDbAsync(cs, db =>
    {
        foreach (var w in weeksAfterW10)
        {
            var monday = new DateOnly(2026, 3, 2).AddDays(7 * w);
            SurveillanceSeed.Cases(db, org.StationA.Id, "dengue", monday, 1);
            SurveillanceSeed.Cases(db, org.StationA.Id, "dengue", monday.AddDays(1), 1);
        }

        return db.SaveChangesAsync();
    });

    private static async Task<AlertRunResult> RunAsync(ServiceProvider sp, DateOnly day)
    {
        await using var scope = sp.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlertService>().RunWeeksAsync(day.AddDays(-7), day);
    }

    private static Task<List<SurveillanceAlert>> AlertsAsync(string cs, Guid unit) => TestDatabase.WithDbAsync(cs, async db =>
    {
        var alerts = await db.Set<SurveillanceAlert>().AsNoTracking().Include(a => a.WeeklyEvidence).Where(a => a.OrgUnitId == unit).ToListAsync();
        foreach (var a in alerts)
        {
            a.WeeklyEvidence.Sort((x, y) => string.CompareOrdinal(x.Period, y.Period));
        }

        return alerts.OrderBy(a => a.Period, StringComparer.Ordinal).ToList();
    });
}
