namespace CoSo.Web.Fhir;

/// <summary>One search parameter occurrence as sent (name without modifier, raw value).</summary>
public sealed record FhirParameter(string Name, string Value);
