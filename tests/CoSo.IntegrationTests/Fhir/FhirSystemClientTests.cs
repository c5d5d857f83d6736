// Firely's model is nullable-annotated throughout (every FHIR element is optional): these tests assert the values
// themselves, so a null fails the assertion rather than needing a `!` at every step.
#nullable disable warnings
using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using CoSo.Cli.Commands;
using CoSo.Core.Audit;
using CoSo.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Task = System.Threading.Tasks.Task;

namespace CoSo.IntegrationTests.Fhir;

// SMART Backend Services (docs/fhir.md "System clients", ADR 0020): clients registered with `coso clients add`, a token
// for a client assertion signed with the client's own key, and the same scope, 404 and audit as users on /fhir.
public sealed class FhirSystemClientTests
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private const string TokenUrl = "http://localhost/connect/token";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_client_of_station_A_reads_its_residents_gets_404_audited_for_station_B_and_403_for_a_type_outside_its_scopes(string provider)
    {
        var app = await Apps.Get(provider);
        var (httpA, _) = await FhirTestClient.SignInAsync(app, "a1");
        var ours = (await TestPeople.RegisterAsync(httpA, TestPeople.Input(app.Org.VillageA2.Id))).GetProperty("id").GetGuid();
        var (httpB, _) = await FhirTestClient.SignInAsync(app, "b1");
        var theirs = (await TestPeople.RegisterAsync(httpB, TestPeople.Input(app.Org.VillageB1.Id))).GetProperty("id").GetGuid();

        using var key = RSA.Create(2048);
        var clientId = AddClient(app, "Bệnh viện huyện", app.Org.StationA.Code, "system/Patient.read system/Observation.rs", Jwks(key, "k1"));

        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await RequestTokenAsync(anonymous, Assertion(clientId, new RsaSecurityKey(key) { KeyId = "k1" }, SecurityAlgorithms.RsaSha384), "system/Patient.read");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var token = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString(), ignoreCase: true);
        Assert.Equal("system/Patient.read", token.GetProperty("scope").GetString());
        Assert.InRange(token.GetProperty("expires_in").GetInt32(), 1, 300);

        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        var fhir = FhirTestClient.For(http);

        var patient = await fhir.ReadAsync<Patient>($"Patient/{ours}");
        Assert.Equal(ours.ToString(), patient.Id);
        var denied = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.ReadAsync<Patient>($"Patient/{theirs}"));
        Assert.Equal(HttpStatusCode.NotFound, denied.Status);
        var search = await fhir.SearchAsync<Patient>([$"_id={ours},{theirs}"]);
        Assert.Equal([ours.ToString()], search.Entry.Select(e => e.Resource.Id));

        // The audit names the client as the actor: the read and the search of station A's resident, the denied read of B's.
        var actor = "client:" + clientId;
        var reads = await TestDatabase.ReadsOfAsync(app.ConnectionString, ours);
        Assert.Contains(reads, r => r.UserName == actor && r.UserId == null && r.Action == AuditActions.Read);
        Assert.Contains(reads, r => r.UserName == actor && r.Action == AuditActions.Search);
        Assert.DoesNotContain(await TestDatabase.ReadsOfAsync(app.ConnectionString, theirs), r => r.UserName == actor);
        Assert.Equal(1, await TestDatabase.WithDbAsync(app.ConnectionString, db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.Denied && a.UserName == actor && a.PersonId == theirs)));

        // The token holds system/Patient.read only (the client asked for no more): Observation and Encounter are 403.
        foreach (var type in new[] { "Observation", "Encounter" })
        {
            var forbidden = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.SearchAsync(type, [$"patient={ours}"]));
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
            Assert.Equal(OperationOutcome.IssueType.Forbidden, forbidden.Outcome.Issue[0].Code);
        }

        var include = await Assert.ThrowsAsync<FhirOperationException>(() => fhir.SearchAsync("Patient", ["_revinclude=Coverage:beneficiary"]));
        Assert.Equal(HttpStatusCode.Forbidden, include.Status);

        // Revoked: the token it holds stops working at once (401 with a bearer challenge), and no new one is issued.
        Assert.Equal(0, Cli(out var listed, "clients", "list", "--database", app.ConnectionString));
        Assert.Contains(clientId, listed, StringComparison.Ordinal);
        Assert.Equal(0, Cli(out _, "clients", "revoke", clientId, "--database", app.ConnectionString));
        var revoked = await http.GetAsync($"/fhir/Patient/{ours}");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains(revoked.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter.Contains("invalid_token", StringComparison.Ordinal));
        var again = await RequestTokenAsync(anonymous, Assertion(clientId, new RsaSecurityKey(key) { KeyId = "k1" }, SecurityAlgorithms.RsaSha384), "system/Patient.read");
        Assert.False(again.IsSuccessStatusCode);
        Assert.Equal(0, Cli(out listed, "clients", "list", "--database", app.ConnectionString));
        Assert.Contains("revoked", listed, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_assertion_signed_with_another_key_expired_living_too_long_or_replayed_gets_no_token(string provider)
    {
        var app = await Apps.Get(provider);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var clientId = AddClient(app, "Sở Y tế", app.Org.Department.Code, "system/*.read", Jwks(key, "ec1"));
        var signing = new ECDsaSecurityKey(key) { KeyId = "ec1" };
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var assertion = Assertion(clientId, signing, SecurityAlgorithms.EcdsaSha384);
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(anonymous, assertion, "system/*.read")).StatusCode);
        await AssertRefusedAsync(await RequestTokenAsync(anonymous, assertion, "system/*.read"), "invalid_client"); // replayed (same jti)

        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        await AssertRefusedAsync(await RequestTokenAsync(anonymous, Assertion(clientId, new ECDsaSecurityKey(other) { KeyId = "ec1" }, SecurityAlgorithms.EcdsaSha384), "system/*.read"), "invalid_client");
        var now = DateTime.UtcNow;
        await AssertRefusedAsync(await RequestTokenAsync(anonymous, Assertion(clientId, signing, SecurityAlgorithms.EcdsaSha384, issuedAt: now.AddMinutes(-10), expires: now.AddMinutes(-2)), "system/*.read"), "invalid_client");
        await AssertRefusedAsync(await RequestTokenAsync(anonymous, Assertion(clientId, signing, SecurityAlgorithms.EcdsaSha384, issuedAt: now, expires: now.AddMinutes(10)), "system/*.read"), "invalid_client");
        await AssertRefusedAsync(await RequestTokenAsync(anonymous, Assertion(clientId, signing, SecurityAlgorithms.EcdsaSha384, audience: "http://elsewhere/token"), "system/*.read"), "invalid_client");
        // A scope the client was not registered with.
        await AssertRefusedAsync(await RequestTokenAsync(anonymous, Assertion(clientId, signing, SecurityAlgorithms.EcdsaSha384), "system/Patient.write"), "invalid_scope");
        // And a fresh assertion still works: the refusals spent nothing of the client.
        Assert.Equal(HttpStatusCode.OK, (await RequestTokenAsync(anonymous, Assertion(clientId, signing, SecurityAlgorithms.EcdsaSha384), "system/*.read")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unauthenticated_fhir_is_401_with_a_bearer_challenge_and_the_smart_configuration_is_public(string provider)
    {
        var app = await Apps.Get(provider);
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await anonymous.GetAsync("/fhir/Patient");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/fhir/Patient");
        forged.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        var refused = await anonymous.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(refused.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter.Contains("invalid_token", StringComparison.Ordinal));

        // A bearer token is only for /fhir: /api/v1 stays cookie-only.
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        api.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(api)).StatusCode);

        var metadata = await FhirTestClient.For(anonymous).CapabilityStatementAsync();
        Assert.Contains(metadata.Rest[0].Security.Service, s => s.Coding.Any(c => c.Code == "SMART-on-FHIR"));

        foreach (var path in new[] { "/fhir/.well-known/smart-configuration", "/.well-known/smart-configuration" })
        {
            var config = JsonDocument.Parse(await anonymous.GetStringAsync(path)).RootElement;
            Assert.Equal(TokenUrl, config.GetProperty("token_endpoint").GetString());
            Assert.Equal(["client_credentials"], config.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(["private_key_jwt"], config.GetProperty("token_endpoint_auth_methods_supported").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(["RS384", "ES384"], config.GetProperty("token_endpoint_auth_signing_alg_values_supported").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains("system/Patient.read", config.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(["client-confidential-asymmetric"], config.GetProperty("capabilities").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Clients_add_refuses_an_unknown_unit_a_bad_scope_and_a_private_key(string provider)
    {
        var app = await Apps.Get(provider);
        using var key = RSA.Create(2048);
        var jwks = Jwks(key, "k");
        Assert.Equal(2, Cli(out _, "clients", "add", "--name", "X", "--org-unit", "NO-SUCH-UNIT", "--scopes", "system/Patient.read", "--jwks", jwks, "--database", app.ConnectionString));
        Assert.Equal(2, Cli(out _, "clients", "add", "--name", "X", "--org-unit", app.Org.StationA.Code, "--scopes", "patient/Patient.read", "--jwks", jwks, "--database", app.ConnectionString));
        var privateJwks = Path.GetTempFileName();
        var p = key.ExportParameters(true);
        await File.WriteAllTextAsync(privateJwks, JsonSerializer.Serialize(new { keys = new[] { new { kty = "RSA", kid = "k", n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent), d = Base64UrlEncoder.Encode(p.D) } } }));
        Assert.Equal(2, Cli(out _, "clients", "add", "--name", "X", "--org-unit", app.Org.StationA.Code, "--scopes", "system/Patient.read", "--jwks", privateJwks, "--database", app.ConnectionString));
        Assert.Equal(2, Cli(out _, "clients", "revoke", Guid.NewGuid().ToString(), "--database", app.ConnectionString));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_client_limited_to_station_A_exports_only_station_A_audited_and_only_the_types_of_its_scopes(string provider)
    {
        var app = await Apps.Get(provider);
        var (httpA, _) = await FhirTestClient.SignInAsync(app, "a1");
        var (httpB, _) = await FhirTestClient.SignInAsync(app, "b1");
        var (ours, ourChild) = await FhirExportTests.SeedBothAsync(httpA, app.Org.VillageA2.Id);
        var (theirs, theirChild) = await FhirExportTests.SeedBothAsync(httpB, app.Org.VillageB1.Id);

        using var key = RSA.Create(2048);
        var clientId = AddClient(app, "Cổng dữ liệu tỉnh (trạm A)", app.Org.StationA.Code, "system/*.read system/Patient.read", Jwks(key, "k1"));
        using var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signing = new RsaSecurityKey(key) { KeyId = "k1" };
        using var http = await BearerAsync(app, anonymous, Assertion(clientId, signing, SecurityAlgorithms.RsaSha384), "system/*.read");

        var (status, manifest) = await FhirExportTests.ExportAsync(http, "/fhir/$export");
        var files = await FhirExportTests.FilesAsync(http, manifest);
        Assert.Equal(["Condition", "Encounter", "Immunization", "Observation", "Patient"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(files["Patient"], r => r.Id == ours);
        Assert.Contains(files["Immunization"], r => ((Hl7.Fhir.Model.Immunization)r).Patient.Reference == "Patient/" + ourChild);
        var stationB = new[] { "Patient/" + theirs, "Patient/" + theirChild };
        foreach (var (type, resources) in files)
        {
            Assert.DoesNotContain(resources, r => r.Id == theirs || r.Id == theirChild);
            Assert.DoesNotContain(resources, r => stationB.Contains(r switch
            {
                Encounter e => e.Subject?.Reference,
                Observation o => o.Subject?.Reference,
                Condition c => c.Subject?.Reference,
                Hl7.Fhir.Model.Immunization i => i.Patient?.Reference,
                _ => null,
            }));
        }

        // Audited under the client's name: the export itself and its residents as read by it.
        var actor = "client:" + clientId;
        var job = Guid.Parse(status[(status.LastIndexOf('/') + 1)..]);
        Assert.Equal(1, await TestDatabase.WithDbAsync(app.ConnectionString, db => db.AuditEntries.CountAsync(x => x.Action == AuditActions.Export && x.EntityId == job && x.UserName == actor)));
        Assert.Contains(await TestDatabase.ReadsOfAsync(app.ConnectionString, Guid.Parse(ours)), r => r.Source == "fhir-export:" + job && r.UserName == actor);
        Assert.DoesNotContain(await TestDatabase.ReadsOfAsync(app.ConnectionString, Guid.Parse(theirs)), r => r.UserName == actor);

        // Station B's Group is out of its scope (404); the station user does not see the client's job, nor it the user's.
        Assert.Equal(HttpStatusCode.NotFound, (await FhirExportTests.KickOffAsync(http, $"/fhir/Group/station-{app.Org.StationB.Id}/$export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await httpA.GetAsync(status)).StatusCode);

        // A token holding system/Patient.read only exports Patients, and is refused the other types up front (403).
        using var patientsOnly = await BearerAsync(app, anonymous, Assertion(clientId, signing, SecurityAlgorithms.RsaSha384), "system/Patient.read");
        var refused = await FhirExportTests.KickOffAsync(patientsOnly, "/fhir/$export");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Encounter", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (_, patients) = await FhirExportTests.ExportAsync(patientsOnly, "/fhir/Patient/$export?_type=Patient");
        Assert.Equal(["Patient"], (await FhirExportTests.FilesAsync(patientsOnly, patients)).Keys);
    }

    private static async Task<HttpClient> BearerAsync(CoSoApp app, HttpClient anonymous, string assertion, string scope)
    {
        var response = await RequestTokenAsync(anonymous, assertion, scope);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString());
        return http;
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string error)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.InRange((int)response.StatusCode, 400, 401);
        Assert.True(error == JsonDocument.Parse(body).RootElement.GetProperty("error").GetString(), body);
    }

    internal static string AddClient(CoSoApp app, string name, string unitCode, string scopes, string jwksFile)
    {
        Assert.Equal(0, Cli(out var output, "clients", "add", "--name", name, "--org-unit", unitCode, "--scopes", scopes, "--jwks", jwksFile, "--database", app.ConnectionString));
        var clientId = output.Trim();
        Assert.True(Guid.TryParse(clientId, out _), output);
        return clientId;
    }

    internal static int Cli(out string output, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CliApp.Build().Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        output = stdout.ToString();
        return code;
    }

    internal static string Jwks(RSA key, string kid)
    {
        var p = key.ExportParameters(false);
        return WriteJwks(new { kty = "RSA", kid, alg = "RS384", use = "sig", n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) });
    }

    private static string Jwks(ECDsa key, string kid)
    {
        var p = key.ExportParameters(false);
        return WriteJwks(new { kty = "EC", kid, alg = "ES384", use = "sig", crv = "P-384", x = Base64UrlEncoder.Encode(p.Q.X), y = Base64UrlEncoder.Encode(p.Q.Y) });
    }

    private static string WriteJwks(object key)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, JsonSerializer.Serialize(new { keys = new[] { key } }));
        return path;
    }

    internal static string Assertion(string clientId, SecurityKey key, string algorithm, DateTime? issuedAt = null, DateTime? expires = null, string audience = TokenUrl)
    {
        var now = issuedAt ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audience,
            Claims = new Dictionary<string, object> { ["sub"] = clientId, ["jti"] = Guid.NewGuid().ToString() },
            IssuedAt = now,
            NotBefore = now,
            Expires = expires ?? now.AddMinutes(4),
            SigningCredentials = new SigningCredentials(key, algorithm),
            TokenType = "JWT", // SMART Backend Services fixes typ to JWT (OpenIddict 7 alone wants client-authentication+jwt)
        });
    }

    internal static Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string assertion, string scope) =>
        http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["scope"] = scope,
            ["client_assertion_type"] = AssertionType,
            ["client_assertion"] = assertion,
        }));
}
