using System.Security.Claims;
using CoSo.Data.Identity;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoSo.Web.Fhir.Smart;

/// <summary>The token endpoint's answer (after OpenIddict checked the client and its assertion) and SMART's discovery document.</summary>
public static class SmartEndpoints
{
    public static WebApplication MapSmart(this WebApplication app)
    {
        app.MapPost(SmartAuthentication.TokenPath, IssueAsync).AllowAnonymous().ExcludeFromDescription();
        // SMART App Launch 2.x §2.1: the document lives under the FHIR base; served at the root too for clients that look there.
        app.MapGet("/fhir" + SmartAuthentication.DiscoveryPath, Discovery).AllowAnonymous().ExcludeFromDescription();
        app.MapGet(SmartAuthentication.DiscoveryPath, Discovery).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> IssueAsync(HttpContext http, SystemClients clients)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenIddict request.");
        if (!request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Only client_credentials is offered.");
        }

        // OpenIddict has checked the assertion and that every requested scope is one of the client's permissions.
        var client = await clients.FindAsync(request.ClientId ?? string.Empty, http.RequestAborted);
        if (client is null || client.RevokedAt is not null)
        {
            return Refuse(Errors.InvalidClient, "Unknown or revoked client.");
        }

        var scopes = request.GetScopes();
        if (scopes.IsEmpty)
        {
            return Refuse(Errors.InvalidScope, "Name the scopes wanted (SMART Backend Services), e.g. scope=system/Patient.read.");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(SmartAuthentication.ClientClaim, client.ClientId);
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    private static IResult Discovery(HttpRequest request)
    {
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return Results.Json(new Dictionary<string, object>
        {
            ["token_endpoint"] = origin + SmartAuthentication.TokenPath,
            ["grant_types_supported"] = new[] { GrantTypes.ClientCredentials },
            ["token_endpoint_auth_methods_supported"] = new[] { ClientAuthenticationMethods.PrivateKeyJwt },
            ["token_endpoint_auth_signing_alg_values_supported"] = SmartAuthentication.AssertionAlgorithms,
            ["scopes_supported"] = FhirRegistry.Resources.Select(r => $"system/{r.Type}.read").Prepend("system/*.read")
                .Concat(FhirRegistry.Resources.Select(r => $"system/{r.Type}.rs")).Append("system/Patient.c").ToArray(),
            ["capabilities"] = new[] { "client-confidential-asymmetric" },
        });
    }
}
