namespace CoSo.Core.Facilities;

/// <summary>A technical service (by catalogue code) that a station performs.</summary>
public sealed class StationService
{
    public Guid OrgUnitId { get; set; }

    public string ServiceCode { get; set; } = string.Empty;

    public DateOnly Since { get; set; }
}
