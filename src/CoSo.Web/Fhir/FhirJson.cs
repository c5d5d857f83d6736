using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CoSo.Web.Fhir;

/// <summary>Firely's System.Text.Json-based serializer and parser for R4, and the FHIR media type.</summary>
public static class FhirJson
{
    public const string MediaType = "application/fhir+json";
    public const string ContentType = MediaType + "; charset=utf-8";

    public static BaseFhirJsonSerializer Serializer { get; } = new(ModelInfo.ModelInspector);

    public static System.Text.Json.JsonSerializerOptions ParserOptions { get; } = new System.Text.Json.JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static async System.Threading.Tasks.Task WriteAsync(HttpResponse response, Resource resource, int status)
    {
        response.StatusCode = status;
        response.ContentType = ContentType;
        await response.Body.WriteAsync(Serializer.SerializeToBytes(resource), response.HttpContext.RequestAborted);
    }

    /// <summary>The absolute base of the FHIR endpoint for this request (fullUrl, links, Location).</summary>
    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";
}
