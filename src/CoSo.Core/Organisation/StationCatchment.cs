namespace CoSo.Core.Organisation;

/// <summary>A commune (current edition) served by a station; villages are child org units of the station.</summary>
public sealed class StationCatchment
{
    public Guid OrgUnitId { get; set; }

    public string CommuneCode { get; set; } = string.Empty;
}
