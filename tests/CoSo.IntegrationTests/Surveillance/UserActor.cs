using CoSo.Core.Identity;

namespace CoSo.IntegrationTests.Surveillance;

/// <summary>A signed-in user (with an id, unlike <see cref="ScopedActor"/>) and a chosen scope.</summary>
internal sealed class UserActor(Guid userId, string name, AccessScope scope, Role? role = null) : ICurrentActor
{
    public Guid? UserId { get; } = userId;

    public string UserName { get; } = name;

    public string? RemoteAddress => null;

    public AccessScope Scope { get; } = scope;

    public Role? Role => role;

    /// <summary>With a role, that role's capabilities; without one, the test acts as the operator (every capability).</summary>
    public bool Can(Capability capability) => role is null || Permissions.Has(role, capability);
}
