namespace CoSo.Web.Fhir;

/// <summary>
/// An operation served on the system (<see cref="Type"/> null, <c>$export</c>), on a resource type
/// (<c>Patient/$match</c>) or on an instance (<c>Patient/{id}/$summary</c>): listed in the CapabilityStatement from
/// <see cref="FhirRegistry.Operations"/>, where the routes are mapped from too (Bulk Data's routes by
/// <c>BulkExportEndpoints</c>, <see cref="MappedElsewhere"/>).
/// </summary>
public sealed record FhirOperation(string? Type, string Name, string Method, bool Instance, string Definition, string Documentation)
{
    /// <summary>Routed by its own endpoints (Bulk Data: kick-off, status, files), not by the operation handler.</summary>
    public bool MappedElsewhere { get; init; }

    /// <summary>The route under <c>/fhir</c>; an instance operation names the resident as <c>{personId}</c> (the denied audit names them).</summary>
    public string Route => Type is null ? $"/${Name}" : Instance ? $"/{Type}/{{personId}}/${Name}" : $"/{Type}/${Name}";
}
