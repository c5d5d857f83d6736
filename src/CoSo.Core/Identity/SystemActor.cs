namespace CoSo.Core.Identity;

/// <summary>The CLI and background jobs: national scope, audited under a system name.</summary>
public sealed class SystemActor(string name = "system") : ICurrentActor
{
    public Guid? UserId => null;

    public string UserName { get; } = name;

    public string? RemoteAddress => null;

    public AccessScope Scope => AccessScope.Everything;
}
