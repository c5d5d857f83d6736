using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

/// <summary>Settings of the chronic module; defaults come from the embedded data file.</summary>
public sealed class ChronicOptions
{
    public ChronicCarePlan Plan { get; set; } = ChronicCarePlan.Default;

    /// <summary>Days a refusing patient stays off the overdue list.</summary>
    public int RefusalDays { get; set; } = ChronicCarePlan.Default.RefusalSnoozeDays;
}
