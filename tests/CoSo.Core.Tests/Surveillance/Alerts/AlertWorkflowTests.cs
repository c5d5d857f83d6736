using CoSo.Core.Common;
using CoSo.Core.Surveillance.Alerts;

namespace CoSo.Core.Tests.Surveillance.Alerts;

public sealed class AlertWorkflowTests
{
    [Theory]
    [InlineData(AlertStatus.New, AlertStatus.Verifying)]
    [InlineData(AlertStatus.Verifying, AlertStatus.Confirmed)]
    [InlineData(AlertStatus.Verifying, AlertStatus.Discarded)]
    [InlineData(AlertStatus.Discarded, AlertStatus.Closed)]
    [InlineData(AlertStatus.Response, AlertStatus.Closed)]
    public void Legal_transitions_pass(AlertStatus from, AlertStatus to)
    {
        AlertWorkflow.Validate(from, to, null);
    }

    [Theory]
    [InlineData(AlertStatus.New, AlertStatus.Confirmed)]
    [InlineData(AlertStatus.New, AlertStatus.Closed)]
    [InlineData(AlertStatus.Verifying, AlertStatus.Response)]
    [InlineData(AlertStatus.Discarded, AlertStatus.Confirmed)]
    [InlineData(AlertStatus.Closed, AlertStatus.New)]
    [InlineData(AlertStatus.Confirmed, AlertStatus.Confirmed)]
    public void Illegal_transitions_are_rejected_on_the_status_field(AlertStatus from, AlertStatus to)
    {
        var e = Assert.Throws<DomainValidationException>(() => AlertWorkflow.Validate(from, to, "x"));
        var error = Assert.Single(e.Errors);
        Assert.Equal(("status", "surveillance.alert.illegalTransition"), (error.Field, error.Code));
    }

    [Fact]
    public void Moving_to_response_needs_the_actions_taken()
    {
        var e = Assert.Throws<DomainValidationException>(() => AlertWorkflow.Validate(AlertStatus.Confirmed, AlertStatus.Response, "  "));
        Assert.Equal("actions", Assert.Single(e.Errors).Field);
        AlertWorkflow.Validate(AlertStatus.Confirmed, AlertStatus.Response, "Phun hóa chất diệt muỗi 2 thôn");
    }
}
