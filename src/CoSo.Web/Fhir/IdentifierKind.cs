namespace CoSo.Web.Fhir;

/// <summary>The identifiers CoSo holds and serves (rows of <see cref="FhirSystems.Identifiers"/>).</summary>
public enum IdentifierKind
{
    Cccd,
    Bhyt,
    FacilityCode,
    PractisingCertificate,
}
