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

    public bool IsAuthenticated => UserId is not null || Client is not null;

    /// <summary>The system client of a bearer token on <c>/fhir</c> (SMART Backend Services); null for a user.</summary>
    public CoSo.Data.Identity.SystemClientInfo? Client { get; private set; }

    /// <summary>A system client's SMART scopes for this request: those its token was granted that it still holds.</summary>
    public IReadOnlyList<SmartScope> ClientScopes { get; private set; } = [];

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

    /// <summary>
    /// A system client: its org unit's subtree as scope, named <c>client:&lt;client_id&gt;</c> in the audit trail, no role.
    /// Its SMART scopes decide which resource types it may touch (<c>SmartScopeFilter</c>); reading clinical detail
    /// follows from any read scope, registering residents from a create or update scope on Patient.
    /// </summary>
    public void InitializeClient(CoSo.Data.Identity.SystemClientInfo client, IEnumerable<string> tokenScopes, string? remoteAddress, AccessScope scope)
    {
        Client = client;
        ClientScopes = tokenScopes.Where(client.Scopes.Contains).Select(SmartScope.Parse).OfType<SmartScope>().ToList();
        UserName = client.ActorName;
        RemoteAddress = remoteAddress;
        Scope = scope;
        var capabilities = new HashSet<Capability>();
        if (ClientScopes.Any(s => s.Read || s.Search))
        {
            capabilities.Add(Capability.ReadClinicalDetail);
        }

        if (ClientScopes.Any(s => s.Covers("Patient") && (s.Create || s.Update)))
        {
            capabilities.Add(Capability.RegisterResidents);
        }

        _systemCapabilities = capabilities;
    }

    /// <summary>
    /// Work done later for this request's actor (a bulk export's background walk): the same user or system client,
    /// role, capabilities and address, with <paramref name="scope"/> (the requester's, or narrower).
    /// </summary>
    public void Assume(HttpCurrentActor source, AccessScope scope)
    {
        ArgumentNullException.ThrowIfNull(source);
        UserId = source.UserId;
        UserName = source.UserName;
        RemoteAddress = source.RemoteAddress;
        Role = source.Role;
        Client = source.Client;
        ClientScopes = source.ClientScopes;
        _systemCapabilities = source._systemCapabilities;
        Scope = scope;
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
