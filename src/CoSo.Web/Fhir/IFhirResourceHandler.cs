namespace CoSo.Web.Fhir;

/// <summary>Serves one resource type: read by id and search-type. Registered in <see cref="FhirRegistry"/>.</summary>
public interface IFhirResourceHandler
{
    Task<FhirAnswer> ReadAsync(string id, CancellationToken ct);

    Task<FhirAnswer> SearchAsync(FhirSearch search, CancellationToken ct);
}
