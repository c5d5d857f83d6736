namespace CoSo.Core.Workforce;

/// <summary>
/// A station's yearly plan of staff to send for training (kế hoạch cử cán bộ đào tạo nâng cao trình độ), which T11
/// measures: the station carried out its plan when as many of its workers completed a course that year. Org-level
/// data, scoped by <see cref="OrgUnitId"/>; one plan per station and year.
/// </summary>
public sealed class TrainingPlan
{
    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public int Year { get; set; }

    /// <summary>Number of workers to send for training in the year (at least one).</summary>
    public int PlannedStaff { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
