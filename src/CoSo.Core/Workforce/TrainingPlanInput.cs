using CoSo.Core.Common;

namespace CoSo.Core.Workforce;

/// <summary>The yearly training plan of a station: how many workers it plans to send for training, and a note (courses, …).</summary>
public sealed record TrainingPlanInput(int PlannedStaff, string? Note = null)
{
    public const int MaxPlannedStaff = 500;

    /// <summary>
    /// At least one worker: a plan of none would let a station meet "cán bộ cử đào tạo theo kế hoạch" without sending
    /// anyone. The year is checked by the caller, who knows today.
    /// </summary>
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors();
        if (PlannedStaff is < 1 or > MaxPlannedStaff)
        {
            errors.Add("plannedStaff", "workforce.plan.staff", MaxPlannedStaff);
        }

        if (Note is { Length: > 500 })
        {
            errors.Add("note", "workforce.plan.note");
        }

        return errors;
    }
}
