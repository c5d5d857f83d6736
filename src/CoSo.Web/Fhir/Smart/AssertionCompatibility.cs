using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoSo.Web.Fhir.Smart;

/// <summary>
/// Lets OpenIddict 7 accept the client assertions SMART Backend Services prescribes. OpenIddict 7 follows the
/// RFC 7523bis draft: <c>typ</c> must be <c>client-authentication+jwt</c> and <c>aud</c> the issuer, while SMART
/// (App Launch 2.x, Backend Services) fixes <c>typ</c> to <c>JWT</c> and <c>aud</c> to the token endpoint's URL
/// (openiddict-core issues 2473 and 2539; the typ rule was kept). Both forms are accepted here, for client assertions
/// only; the signature, issuer = subject = client_id and lifetime checks are untouched (ADR 0020).
/// </summary>
public sealed class AssertionCompatibility : IOpenIddictServerHandler<OpenIddictServerEvents.ValidateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<OpenIddictServerEvents.ValidateTokenContext>()
        .UseSingletonHandler<AssertionCompatibility>()
        .SetOrder(OpenIddictServerHandlers.Protection.ResolveTokenValidationParameters.Descriptor.Order + 500)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(OpenIddictServerEvents.ValidateTokenContext context)
    {
        if (context.ValidTokenTypes.Count != 1 || !context.ValidTokenTypes.Contains(TokenTypeIdentifiers.Private.ClientAssertion) || context.TokenValidationParameters is null)
        {
            return default;
        }

        context.TokenValidationParameters.ValidTypes = [JsonWebTokenTypes.GenericJsonWebToken, "client-authentication+jwt", "application/client-authentication+jwt"];
        if (context.BaseUri is { } baseUri)
        {
            var issuer = context.Options.Issuer ?? baseUri;
            context.ValidAudiences.Add(issuer.AbsoluteUri);
            context.ValidAudiences.Add(new Uri(baseUri, SmartAuthentication.TokenPath.TrimStart('/')).AbsoluteUri);
        }

        return default;
    }
}

/// <summary>
/// The second half of <see cref="AssertionCompatibility"/>: OpenIddict reads a validated <c>typ: JWT</c> as an identity
/// token; when only a client assertion was expected (the token endpoint's <c>client_assertion</c>), that is what it is.
/// </summary>
public sealed class AssertionTypeRestorer : IOpenIddictServerHandler<OpenIddictServerEvents.ValidateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<OpenIddictServerEvents.ValidateTokenContext>()
        .UseSingletonHandler<AssertionTypeRestorer>()
        .SetOrder(OpenIddictServerHandlers.Protection.ValidateIdentityModelToken.Descriptor.Order + 1)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(OpenIddictServerEvents.ValidateTokenContext context)
    {
        if (context.ValidTokenTypes.Count == 1 && context.ValidTokenTypes.Contains(TokenTypeIdentifiers.Private.ClientAssertion)
            && context.Principal is { } principal && principal.GetTokenType() == TokenTypeIdentifiers.IdentityToken)
        {
            principal.SetTokenType(TokenTypeIdentifiers.Private.ClientAssertion);
        }

        return default;
    }
}
