using CoSo.Core.Chronic;
using CoSo.Core.Common;

namespace CoSo.Core.Tests.Chronic;

public sealed class ChronicEnrolmentTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    private static ChronicEnrolment Overdue() => new() { Programme = ChronicProgramme.Hypertension, NextAppointment = Today.AddDays(-10), CallAttempts = 1 };

    [Fact]
    public void An_active_enrolment_past_its_appointment_is_overdue_but_not_on_the_appointment_day()
    {
        Assert.True(Overdue().IsOverdue(Today));
        Assert.False(new ChronicEnrolment { NextAppointment = Today }.IsOverdue(Today));
    }

    [Fact]
    public void Agreed_to_come_sets_the_new_date_and_clears_attempts()
    {
        var e = Overdue();
        e.ApplyOutcome(CallOutcome.AgreedToCome, Today, Today.AddDays(3), 30);
        Assert.Equal(Today.AddDays(3), e.NextAppointment);
        Assert.Equal(0, e.CallAttempts);
        Assert.False(e.IsOverdue(Today.AddDays(3)));
        Assert.True(e.IsOverdue(Today.AddDays(4)));
    }

    [Fact]
    public void Agreed_to_come_without_a_date_is_rejected()
    {
        var ex = Assert.Throws<DomainValidationException>(() => Overdue().ApplyOutcome(CallOutcome.AgreedToCome, Today, null, 30));
        Assert.Equal("chronic.appointment.future", ex.Errors.Single().Code);
    }

    [Fact]
    public void Refusal_hides_the_patient_for_the_configured_days()
    {
        var e = Overdue();
        e.ApplyOutcome(CallOutcome.Refused, Today, null, 30);
        Assert.False(e.IsOverdue(Today.AddDays(29)));
        Assert.True(e.IsOverdue(Today.AddDays(30)));
    }

    [Theory]
    [InlineData(CallOutcome.WrongNumber)]
    [InlineData(CallOutcome.Unreachable)]
    public void Unanswered_calls_stay_on_the_list_and_are_counted(CallOutcome outcome)
    {
        var e = Overdue();
        e.ApplyOutcome(outcome, Today, null, 30);
        Assert.True(e.IsOverdue(Today));
        Assert.Equal(2, e.CallAttempts);
        Assert.Equal(outcome, e.LastCallOutcome);
    }

    [Theory]
    [InlineData(CallOutcome.Moved, ClosingReason.MovedAway)]
    [InlineData(CallOutcome.Died, ClosingReason.Died)]
    public void Moving_or_dying_closes_the_enrolment_with_the_reason(CallOutcome outcome, ClosingReason reason)
    {
        var e = Overdue();
        e.ApplyOutcome(outcome, Today, null, 30);
        Assert.Equal(EnrolmentStatus.Closed, e.Status);
        Assert.Equal(reason, e.ClosingReason);
        Assert.Equal(Today, e.ClosedOn);
        Assert.False(e.IsOverdue(Today));
    }
}
