namespace CoSo.Core.Identity;

/// <summary>
/// The system acting for itself, with a stated scope and stated capabilities. <c>new SystemActor(name)</c> is the
/// operator at the console (the CLI, migrations, the demo seed, tests' seeders): the whole tree and every capability.
/// A background job states what it does: <see cref="Job"/>.
/// </summary>
public sealed class SystemActor(string name, AccessScope scope, IReadOnlySet<Capability> capabilities) : ICurrentActor
{
    public SystemActor(string name = "system")
        : this(name, AccessScope.Everything, Permissions.All)
    {
    }

    public Guid? UserId => null;

    public string UserName { get; } = name;

    public string? RemoteAddress => null;

    public AccessScope Scope { get; } = scope;

    public IReadOnlySet<Capability> Capabilities { get; } = capabilities;

    public bool Can(Capability capability) => Capabilities.Contains(capability);

    /// <summary>A background job: the whole tree (it computes for every station), only the capabilities named.</summary>
    public static SystemActor Job(string name, params Capability[] capabilities) => new(name, AccessScope.Everything, capabilities.ToHashSet());
}
