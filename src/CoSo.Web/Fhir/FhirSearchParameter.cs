using Hl7.Fhir.Model;

namespace CoSo.Web.Fhir;

/// <summary>A search parameter a resource type supports: what the CapabilityStatement lists and the parser accepts.</summary>
public sealed record FhirSearchParameter(string Name, SearchParamType Type, string Documentation);
