namespace CoSo.Web.Fhir;

/// <summary>An operation <c>/fhir</c> serves: on the system (<see cref="Type"/> null), on a type, or on Group instances.</summary>
public sealed record FhirOperation(string Name, string Definition, string? Type, string Documentation);
