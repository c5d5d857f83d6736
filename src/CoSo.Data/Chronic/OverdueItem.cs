using CoSo.Core.Chronic;

namespace CoSo.Data.Chronic;

public sealed record OverdueItem
{
    public Guid EnrolmentId { get; init; }

    public Guid PersonId { get; init; }

    public string ProvinceCode { get; init; } = string.Empty;

    public string FullName { get; init; } = string.Empty;

    public string? Phone { get; init; }

    public Guid? VillageId { get; init; }

    public string? VillageName { get; init; }

    public ChronicProgramme Programme { get; init; }

    public DateOnly Appointment { get; init; }

    public int DaysOverdue { get; init; }

    public int? LastSystolic { get; init; }

    public int? LastDiastolic { get; init; }

    public decimal? LastGlucose { get; init; }

    public DateOnly? LastVisitOn { get; init; }

    /// <summary>Last BP ≥ 180/110 (either value): called first.</summary>
    public bool HighRisk { get; init; }

    public int CallAttempts { get; init; }

    public CallOutcome? LastCallOutcome { get; init; }
}
