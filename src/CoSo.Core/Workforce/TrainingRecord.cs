namespace CoSo.Core.Workforce;

/// <summary>A CME course a worker completed: hours credited on the course's last day.</summary>
public sealed class TrainingRecord
{
    public Guid Id { get; set; }

    public Guid StaffId { get; set; }

    public string Course { get; set; } = string.Empty;

    public string? Provider { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public decimal Hours { get; set; }
}
