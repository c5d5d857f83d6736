namespace CoSo.Web.Fhir;

/// <summary>
/// An operation served on a resource type (<c>Patient/$match</c>) or on an instance (<c>Patient/{id}/$summary</c>):
/// listed in the CapabilityStatement from <see cref="FhirRegistry.Operations"/>, where the routes are mapped from too.
/// </summary>
public sealed record FhirOperation(string Type, string Name, string Method, bool Instance, string Definition, string Documentation)
{
    /// <summary>The route under <c>/fhir</c>; an instance operation names the resident as <c>{personId}</c> (the denied audit names them).</summary>
    public string Route => Instance ? $"/{Type}/{{personId}}/${Name}" : $"/{Type}/${Name}";
}
