using System.Security.Claims;
using CoSo.Core.Identity;

namespace CoSo.Web.Infrastructure.Auth;

/// <summary>
/// The signed-in user for this request (or Blazor circuit). Its scope is resolved once per request by
/// <see cref="ActorScopeMiddleware"/>, or by the UI when a circuit starts; until then it sees nothing.
/// </summary>
public sealed class HttpCurrentActor : ICurrentActor
{
    public Guid? UserId { get; private set; }

    public string UserName { get; private set; } = "anonymous";

    public string? RemoteAddress { get; private set; }

    public Role? Role { get; private set; }

    public AccessScope Scope { get; private set; } = AccessScope.Nothing;

    public bool IsAuthenticated => UserId is not null;

    /// <summary>Work the server does for itself at start (the demo seed): the whole tree, named as the system.</summary>
    public void InitializeSystem(string name)
    {
        UserName = name;
        Scope = AccessScope.Everything;
    }

    public void Initialize(ClaimsPrincipal user, string? remoteAddress, AccessScope scope)
    {
        if (Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            UserId = id;
            UserName = user.Identity?.Name ?? id.ToString();
            Role = Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var r) ? r : null;
            Scope = scope;
        }

        RemoteAddress = remoteAddress;
    }
}
