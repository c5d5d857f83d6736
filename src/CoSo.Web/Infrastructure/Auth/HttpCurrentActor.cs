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

    /// <summary>The capabilities of a system actor (<see cref="InitializeSystem"/>); null for a user, whose role decides.</summary>
    private IReadOnlySet<Capability>? _systemCapabilities;

    public bool Can(Capability capability) => _systemCapabilities?.Contains(capability) ?? Permissions.Has(Role, capability);

    /// <summary>
    /// Work the server does for itself: the whole tree, named as the system, with the capabilities stated — a job names
    /// what it writes (the indicator job: <see cref="Capability.ComputeIndicators"/>); the demo seed at start, all.
    /// </summary>
    public void InitializeSystem(string name, IReadOnlySet<Capability>? capabilities = null)
    {
        UserName = name;
        Scope = AccessScope.Everything;
        _systemCapabilities = capabilities ?? Permissions.All;
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
