namespace CoSo.Core.Immunization;

/// <summary>Where a dose was given: at this station (sessions, daily clinic) or elsewhere (history brought by the family).</summary>
public enum DosePlace
{
    ThisStation = 1,
    Elsewhere = 2,
}
