namespace CoSo.Core.Immunization;

/// <summary>
/// A commune station whose catchment is a high-risk area for the immunization programme (vùng nguy cơ cao): its
/// children also get the schedule's `high-risk-areas` vaccines (cholera, typhoid). Org-level data: a row means marked.
/// </summary>
public sealed class HighRiskArea
{
    public Guid StationId { get; set; }

    public string ProvinceCode { get; set; } = string.Empty;

    public Guid? MarkedByUserId { get; set; }

    public DateTimeOffset MarkedAt { get; set; }

    /// <summary>The decision or reason (e.g. the district's plan), optional.</summary>
    public string? Note { get; set; }

    /// <summary>The programmes of a child living in a station's catchment: routine everywhere, plus high-risk-area vaccines where marked.</summary>
    public static ChildProgrammes ProgrammesFor(bool highRiskArea) =>
        highRiskArea ? ChildProgrammes.Routine | ChildProgrammes.HighRiskAreas : ChildProgrammes.Routine;
}
