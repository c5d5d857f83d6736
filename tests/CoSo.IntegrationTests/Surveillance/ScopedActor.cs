using CoSo.Core.Identity;

namespace CoSo.IntegrationTests.Surveillance;

/// <summary>An actor with a chosen scope, e.g. a district officer whose centre covers both test stations.</summary>
internal sealed class ScopedActor(string name, AccessScope scope, Role? role = null) : ICurrentActor
{
    public Guid? UserId => null;

    public string UserName { get; } = name;

    public string? RemoteAddress => null;

    public AccessScope Scope { get; } = scope;

    public Role? Role => role;

    /// <summary>With a role, that role's capabilities; without one, the test acts as the operator (every capability).</summary>
    public bool Can(Capability capability) => role is null || Permissions.Has(role, capability);
}
