namespace CoSo.Web.Fhir;

/// <summary>
/// One search parameter occurrence: its declared name, the raw value, the chained parameter when the key is a chain
/// (<c>subject:Patient.identifier</c> → name <c>subject</c>, chain <c>identifier</c>), and the key as sent (for <c>self</c>).
/// </summary>
public sealed record FhirParameter(string Name, string Value, string? Chain = null, string? Key = null)
{
    public string SentKey => Key ?? Name;
}
