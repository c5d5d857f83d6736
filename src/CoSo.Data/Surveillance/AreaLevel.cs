namespace CoSo.Data.Surveillance;

/// <summary>The level counts are aggregated to: commune (station), district (regional centre) or province.</summary>
public enum AreaLevel
{
    Commune = 1,
    District = 2,
    Province = 3,
}
