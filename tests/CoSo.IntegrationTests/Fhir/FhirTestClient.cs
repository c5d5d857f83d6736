using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Rest;

namespace CoSo.IntegrationTests.Fhir;

/// <summary>Firely's own FhirClient against the in-process host, over the WebApplicationFactory's handler (cookie kept).</summary>
public static class FhirTestClient
{
    public const string Cccd = "http://fhir.hl7.org.vn/core/sid/cccd";
    public const string MinistryNationalId = "http://fhir.ehealth.gov.vn/core/sid/national_id";

    public static FhirClient For(HttpClient signedIn) =>
        new(new Uri(signedIn.BaseAddress!, "/fhir/"), signedIn, new FhirClientSettings { PreferredFormat = ResourceFormat.Json, VerifyFhirVersion = false });

    public static async Task<(HttpClient Http, FhirClient Fhir)> SignInAsync(CoSoApp app, string user)
    {
        var http = await app.LoginAsync(user);
        return (http, For(http));
    }
}
