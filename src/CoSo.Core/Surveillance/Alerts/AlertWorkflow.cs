using CoSo.Core.Common;

namespace CoSo.Core.Surveillance.Alerts;

/// <summary>Which status changes are legal, and what each needs.</summary>
public static class AlertWorkflow
{
    public static IReadOnlyList<AlertStatus> Next(AlertStatus from) => from switch
    {
        AlertStatus.New => [AlertStatus.Verifying],
        AlertStatus.Verifying => [AlertStatus.Confirmed, AlertStatus.Discarded],
        AlertStatus.Confirmed => [AlertStatus.Response],
        AlertStatus.Discarded => [AlertStatus.Closed],
        AlertStatus.Response => [AlertStatus.Closed],
        _ => [],
    };

    /// <summary>Throws a field-level validation error for an illegal change, or a response without its actions.</summary>
    public static void Validate(AlertStatus from, AlertStatus to, string? actions)
    {
        var errors = new ValidationErrors();
        if (!Next(from).Contains(to))
        {
            errors.Add("status", "surveillance.alert.illegalTransition", from, to);
        }
        else if (to == AlertStatus.Response && string.IsNullOrWhiteSpace(actions))
        {
            errors.Add("actions", "surveillance.alert.actionsRequired");
        }

        errors.ThrowIfInvalid();
    }
}
