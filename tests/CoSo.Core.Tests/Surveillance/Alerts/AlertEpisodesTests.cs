using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Core.Tests.Surveillance.Alerts;

public sealed class AlertEpisodesTests
{
    // Weeks as IsoWeek numbers; 2026-W10 … W12 are consecutive.
    private static readonly int W10 = new IsoWeek(2026, 10).Number;

    private static Guid NewId() => Guid.CreateVersion7();

    [Fact]
    public void Three_consecutive_signalled_weeks_are_one_alert_spanning_three_weeks()
    {
        var alerts = new List<AlertSpan>();
        var assigned = AlertEpisodes.Assign(alerts, [W10, W10 + 1, W10 + 2], AlertEpisodes.DefaultContinueWeeks, NewId);

        var alert = Assert.Single(alerts);
        Assert.All(assigned, a => Assert.Same(alert, a));
        Assert.Equal((W10, W10 + 2, 3, true), (alert.FirstWeek, alert.LastWeek, alert.Weeks, alert.IsNew));
    }

    [Fact]
    public void With_two_weeks_a_signal_after_one_quiet_week_continues_and_after_two_quiet_weeks_opens_a_new_alert()
    {
        // W10 signal, W11 quiet, W12 signal: 12 − 10 = 2 ≤ 2, continued. W13, W14 quiet, W15: 15 − 12 = 3 > 2, new.
        var alerts = new List<AlertSpan>();
        AlertEpisodes.Assign(alerts, [W10, W10 + 2, W10 + 5], 2, NewId);

        Assert.Equal(2, alerts.Count);
        Assert.Equal((W10, W10 + 2, 2), (alerts[0].FirstWeek, alerts[0].LastWeek, alerts[0].Weeks));
        Assert.Equal((W10 + 5, W10 + 5, 1), (alerts[1].FirstWeek, alerts[1].LastWeek, alerts[1].Weeks));
    }

    [Fact]
    public void A_signal_after_a_three_week_quiet_gap_opens_a_second_alert()
    {
        var alerts = new List<AlertSpan>();
        AlertEpisodes.Assign(alerts, [W10, W10 + 1, W10 + 2, W10 + 6], 2, NewId);
        Assert.Equal([(W10, W10 + 2), (W10 + 6, W10 + 6)], alerts.Select(a => (a.FirstWeek, a.LastWeek)));
    }

    [Fact]
    public void The_continuation_is_configurable_with_three_weeks_two_quiet_weeks_still_continue()
    {
        var alerts = new List<AlertSpan>();
        AlertEpisodes.Assign(alerts, [W10, W10 + 3], 3, NewId);
        Assert.Equal((W10, W10 + 3, 2), (Assert.Single(alerts).FirstWeek, alerts[0].LastWeek, alerts[0].Weeks));
    }

    [Fact]
    public void A_stored_open_alert_is_continued_and_keeps_its_identity()
    {
        var id = NewId();
        var stored = new AlertSpan(id, W10, W10 + 1, 2, open: true);
        var alerts = new List<AlertSpan> { stored };
        var assigned = AlertEpisodes.Assign(alerts, [W10 + 2], 2, NewId);

        Assert.Same(stored, Assert.Single(assigned));
        Assert.Equal((id, W10 + 2, 3, false), (stored.Id, stored.LastWeek, stored.Weeks, stored.IsNew));
    }

    [Theory]
    [InlineData(AlertStatus.Closed)]
    [InlineData(AlertStatus.Discarded)]
    public void An_alert_a_user_closed_or_discarded_is_not_continued_the_next_weeks_signal_opens_a_new_one(AlertStatus status)
    {
        var closed = new AlertSpan(NewId(), W10, W10, 1, AlertEpisodes.IsOpen(status));
        var alerts = new List<AlertSpan> { closed };
        var assigned = AlertEpisodes.Assign(alerts, [W10 + 1, W10 + 2], 2, NewId);

        Assert.Equal(2, alerts.Count);
        Assert.Equal((W10, 1), (closed.LastWeek, closed.Weeks));
        Assert.Same(assigned[0], assigned[1]);
        Assert.True(assigned[0].IsNew);
        Assert.Equal((W10 + 1, W10 + 2), (assigned[0].FirstWeek, assigned[0].LastWeek));
    }

    [Fact]
    public void Every_status_before_closed_or_discarded_keeps_an_alert_open()
    {
        Assert.All([AlertStatus.New, AlertStatus.Verifying, AlertStatus.Confirmed, AlertStatus.Response], s => Assert.True(AlertEpisodes.IsOpen(s)));
    }

    [Fact]
    public void A_late_signal_just_before_an_open_alert_moves_its_start_earlier()
    {
        var stored = new AlertSpan(NewId(), W10 + 1, W10 + 2, 2, open: true);
        var alerts = new List<AlertSpan> { stored };
        AlertEpisodes.Assign(alerts, [W10], 2, NewId);
        Assert.Equal((W10, W10 + 2, 3), (Assert.Single(alerts).FirstWeek, stored.LastWeek, stored.Weeks));
    }

    [Fact]
    public void A_week_between_two_open_alerts_joins_the_earlier_one_and_the_alerts_stay_apart()
    {
        // W10 and W14 are open alerts; W12 is within two weeks of both: it continues W10's.
        var early = new AlertSpan(NewId(), W10, W10, 1, open: true);
        var late = new AlertSpan(NewId(), W10 + 4, W10 + 4, 1, open: true);
        var alerts = new List<AlertSpan> { early, late };
        var assigned = AlertEpisodes.Assign(alerts, [W10 + 2], 2, NewId);

        Assert.Same(early, Assert.Single(assigned));
        Assert.Equal((2, W10 + 4), (alerts.Count, late.FirstWeek));
    }

    [Fact]
    public void Weeks_out_of_order_are_refused()
    {
        Assert.Throws<ArgumentException>(() => AlertEpisodes.Assign([], [W10 + 1, W10], 2, NewId));
    }
}
