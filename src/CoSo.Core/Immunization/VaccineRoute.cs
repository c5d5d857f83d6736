namespace CoSo.Core.Immunization;

/// <summary>How a vaccine is given; oral live vaccines are exempt from the 28-day live-vaccine spacing.</summary>
public enum VaccineRoute
{
    Injection,
    Oral,
}
