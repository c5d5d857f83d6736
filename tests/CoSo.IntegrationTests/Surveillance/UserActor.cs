using CoSo.Core.Identity;

namespace CoSo.IntegrationTests.Surveillance;

/// <summary>A signed-in user (with an id, unlike <see cref="ScopedActor"/>) and a chosen scope.</summary>
internal sealed class UserActor(Guid userId, string name, AccessScope scope) : ICurrentActor
{
    public Guid? UserId { get; } = userId;

    public string UserName { get; } = name;

    public string? RemoteAddress => null;

    public AccessScope Scope { get; } = scope;
}
