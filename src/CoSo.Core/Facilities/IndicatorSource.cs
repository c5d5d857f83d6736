namespace CoSo.Core.Facilities;

/// <summary>Where an indicator's value comes from: entered with evidence by the commune, or computed by CoSo.</summary>
public enum IndicatorSource
{
    Manual = 1,
    Auto = 2,
}
