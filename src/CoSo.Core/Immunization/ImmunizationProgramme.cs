namespace CoSo.Core.Immunization;

/// <summary>The programme a schedule rule belongs to (`routine`, `high-risk-areas`, `pregnant-women` in the data).</summary>
public enum ImmunizationProgramme
{
    Routine,
    HighRiskAreas,
    PregnantWomen,
}
