namespace CoSo.Core.Indicators;

/// <summary>
/// The population of an org unit (a commune's station, a regional centre, a province) in a year, as an official source
/// gives it — e.g. "Cục Thống kê (GSO) ước tính 2025". T1 and T3 are judged on it (docs/indicators.md). Org-level data,
/// scoped by <see cref="OrgUnitId"/>; one figure per unit and year.
/// </summary>
public sealed class PopulationFigure
{
    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    /// <summary>The year the figure is valid for; it also serves later years that have no figure of their own.</summary>
    public int Year { get; set; }

    public long Population { get; set; }

    /// <summary>Where the figure comes from, as users should read it ("Cục Thống kê (GSO) ước tính 2025", "Số liệu mẫu (demo)").</summary>
    public string Source { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
