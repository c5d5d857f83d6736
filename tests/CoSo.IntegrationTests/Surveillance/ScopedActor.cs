using CoSo.Core.Identity;

namespace CoSo.IntegrationTests.Surveillance;

/// <summary>An actor with a chosen scope, e.g. a district officer whose centre covers both test stations.</summary>
internal sealed class ScopedActor(string name, AccessScope scope) : ICurrentActor
{
    public Guid? UserId => null;

    public string UserName { get; } = name;

    public string? RemoteAddress => null;

    public AccessScope Scope { get; } = scope;
}
