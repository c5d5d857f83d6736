using CoSo.Core.Identity;

namespace CoSo.IntegrationTests.Workforce;

/// <summary>An actor with a given scope, for calling the services directly.</summary>
public sealed class ScopedActor(string name, AccessScope scope) : ICurrentActor
{
    public Guid? UserId => null;

    public string UserName => name;

    public string? RemoteAddress => null;

    public AccessScope Scope => scope;
}
