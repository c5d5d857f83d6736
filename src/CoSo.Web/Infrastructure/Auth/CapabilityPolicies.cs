using System.Security.Claims;
using CoSo.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace CoSo.Web.Infrastructure.Auth;

/// <summary>
/// The permission matrix (<see cref="Permissions"/>) as ASP.NET authorization policies, one per capability
/// ("cap:ManageFacilities"), for endpoints (<see cref="RequireCapability{TBuilder}"/>) and pages
/// (<c>&lt;AuthorizeView Policy="@CapabilityPolicies.Name(Capability.X)"&gt;</c>). The data layer demands the same
/// capabilities, so these only answer earlier and hide what a user cannot use.
/// </summary>
public static class CapabilityPolicies
{
    public static string Name(Capability capability) => "cap:" + capability;

    public static bool Has(ClaimsPrincipal user, Capability capability) =>
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) && Permissions.Has(role, capability);

    public static void Add(AuthorizationOptions options)
    {
        foreach (var capability in Enum.GetValues<Capability>())
        {
            options.AddPolicy(Name(capability), p => p.RequireAuthenticatedUser().RequireAssertion(ctx => Has(ctx.User, capability)));
        }
    }

    public static TBuilder RequireCapability<TBuilder>(this TBuilder builder, Capability capability)
        where TBuilder : IEndpointConventionBuilder => builder.RequireAuthorization(Name(capability));
}
