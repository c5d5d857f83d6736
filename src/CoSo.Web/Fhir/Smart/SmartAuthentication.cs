using CoSo.Data.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using OpenIddict.Server;
using OpenIddict.Validation.AspNetCore;

namespace CoSo.Web.Fhir.Smart;

/// <summary>
/// SMART Backend Services (ADR 0020): OpenIddict as the token endpoint (<c>/connect/token</c>, client credentials with a
/// <c>private_key_jwt</c> client assertion checked against the client's registered public keys) and as the bearer
/// validation of <c>/fhir</c>. Access tokens are protected with ASP.NET Data Protection, whose key ring is already in the
/// database and shared by every web node (ADR 0015), so any node validates a token another issued.
/// </summary>
public static class SmartAuthentication
{
    /// <summary>The default scheme: a bearer token on <c>/fhir</c> goes to OpenIddict's validation, everything else to the cookie as before.</summary>
    public const string Scheme = "CoSo";

    /// <summary>The claim in an access token that names the system client (its client_id).</summary>
    public const string ClientClaim = "coso_client";

    public const string TokenPath = "/connect/token";

    public const string DiscoveryPath = "/.well-known/smart-configuration";

    /// <summary>Lifetime of an access token (SMART recommends five minutes) and the longest a client assertion may live.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(5);

    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    public static void AddCoSoSmart(this IServiceCollection services, Microsoft.AspNetCore.Authentication.AuthenticationBuilder authentication)
    {
        authentication.AddPolicyScheme(Scheme, Scheme, o =>
        {
            o.ForwardDefaultSelector = http => FhirOutcomes.IsFhir(http) && HasBearer(http.Request)
                ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                : CookieAuthenticationDefaults.AuthenticationScheme;
            // A failed or missing credential is answered by the cookie's events: 401 + challenges + OperationOutcome on /fhir.
            o.ForwardChallenge = CookieAuthenticationDefaults.AuthenticationScheme;
            o.ForwardForbid = CookieAuthenticationDefaults.AuthenticationScheme;
        });

        services.AddOpenIddict()
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenPath.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                o.SetAccessTokenLifetime(TokenLifetime);
                // Scopes are the client's permissions (one per SMART scope), not a server-wide list.
                o.DisableScopeValidation();
                o.UseDataProtection();
                // Required by OpenIddict for the JWTs it would sign; CoSo's tokens are Data Protection ones.
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                // TLS is the deployment's (Kestrel's HTTPS endpoint or the reverse proxy, as for the session cookie).
                o.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
                o.AddEventHandler(AssertionCompatibility.Descriptor);
                o.AddEventHandler(AssertionTypeRestorer.Descriptor);
                o.AddEventHandler(TokenResponseRules.Descriptor);
                o.AddEventHandler<OpenIddictServerEvents.ProcessAuthenticationContext>(b => b
                    .UseScopedHandler<AssertionRules>()
                    .SetOrder(OpenIddictServerHandlers.ValidateClientAssertion.Descriptor.Order + 5_000));
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseDataProtection();
                o.UseAspNetCore();
            });
    }

    /// <summary>The signing algorithms advertised for client assertions.</summary>
    public static IReadOnlyList<string> AssertionAlgorithms => SystemClients.AssertionAlgorithms;
}
