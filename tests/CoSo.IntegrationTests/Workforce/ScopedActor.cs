using CoSo.Core.Identity;

namespace CoSo.IntegrationTests.Workforce;

/// <summary>An actor with a given scope, for calling the services directly.</summary>
public sealed class ScopedActor(string name, AccessScope scope, Role? role = null) : ICurrentActor
{
    public Guid? UserId => null;

    public string UserName => name;

    public string? RemoteAddress => null;

    public AccessScope Scope => scope;

    public Role? Role => role;

    /// <summary>With a role, that role's capabilities; without one, the test acts as the operator (every capability).</summary>
    public bool Can(Capability capability) => role is null || Permissions.Has(role, capability);
}
