using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoSo.Web.Fhir.Smart;

/// <summary>
/// The token endpoint's answer as SMART Backend Services reads it: <c>scope</c> always present in a success (SMART
/// requires it; OpenIddict leaves it out when it equals the request's, which OAuth allows), and a client assertion
/// refused for its signature answered <c>invalid_client</c> (RFC 6749 §5.2), not OpenIddict's <c>invalid_token</c>: a
/// client credentials request carries no other token; a scope the client was not registered with is <c>invalid_scope</c>.
/// </summary>
public sealed class TokenResponseRules : IOpenIddictServerHandler<OpenIddictServerEvents.ApplyTokenResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<OpenIddictServerEvents.ApplyTokenResponseContext>()
        .UseSingletonHandler<TokenResponseRules>()
        .SetOrder(int.MinValue + 50_000)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(OpenIddictServerEvents.ApplyTokenResponseContext context)
    {
        if (context.Response.AccessToken is not null && string.IsNullOrEmpty(context.Response.Scope))
        {
            context.Response.Scope = context.Request?.Scope;
        }

        if (context.Response.Error == Errors.InvalidToken)
        {
            context.Response.Error = Errors.InvalidClient;
        }

        // A scope the client was not registered with (OpenIddict's ID2051, sent as invalid_request).
        if (context.Response.Error == Errors.InvalidRequest && context.Response.ErrorUri?.EndsWith("/ID2051", StringComparison.Ordinal) == true)
        {
            context.Response.Error = Errors.InvalidScope;
        }

        return default;
    }
}
