using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir.Resources;

/// <summary>CoSo's instants and local dates as FHIR dateTimes: instants in Vietnam's offset (+07:00), dates as dates.</summary>
public static class FhirDates
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static FhirDateTime Instant(DateTimeOffset at) => new(at.ToOffset(Vietnam));

    public static FhirDateTime Date(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>A local date with its local time where recorded.</summary>
    public static FhirDateTime Local(DateOnly d, TimeOnly? t) => t is { } time ? new FhirDateTime(new DateTimeOffset(d.ToDateTime(time), Vietnam)) : Date(d);
}
