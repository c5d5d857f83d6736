namespace CoSo.Core.Workforce;

/// <summary>A degree or certificate with the date it was awarded.</summary>
public sealed class StaffQualification
{
    public Guid Id { get; set; }

    public Guid StaffId { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateOnly AwardedOn { get; set; }
}
