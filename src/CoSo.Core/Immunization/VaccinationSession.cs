namespace CoSo.Core.Immunization;

/// <summary>
/// A vaccination day planned by a station (buổi tiêm chủng), for some villages or all of them. Org-level data:
/// the children it concerns are computed (the due list), not stored.
/// </summary>
public sealed class VaccinationSession
{
    public Guid Id { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid StationId { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Village ids separated by ';', or null for all villages of the station.</summary>
    public string? VillageIds { get; set; }

    public SessionStatus Status { get; set; } = SessionStatus.Planned;

    public string? Notes { get; set; }

    public Guid? CreatedByUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public IReadOnlyList<Guid> Villages() =>
        string.IsNullOrEmpty(VillageIds) ? [] : VillageIds.Split(';').Select(Guid.Parse).ToList();
}
