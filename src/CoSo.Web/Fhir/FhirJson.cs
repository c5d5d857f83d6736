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

    /// <summary>
    /// Vietnamese as UTF-8, not <c>\uXXXX</c> escapes (the default encoder escapes everything outside ASCII): the
    /// answers are <c>application/fhir+json</c>, never HTML, so only what JSON itself requires is escaped.
    /// </summary>
    public static System.Text.Json.JsonWriterOptions WriterOptions { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static async System.Threading.Tasks.Task WriteAsync(HttpResponse response, Resource resource, int status)
    {
        response.StatusCode = status;
        response.ContentType = ContentType;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        await using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, WriterOptions))
        {
            Serializer.Serialize(resource, writer);
        }

        await response.Body.WriteAsync(buffer.WrittenMemory, response.HttpContext.RequestAborted);
    }

    /// <summary>The absolute base of the FHIR endpoint for this request (fullUrl, links, Location).</summary>
    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/fhir";
}
