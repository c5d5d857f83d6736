namespace CoSo.Core.Identity;

/// <summary>Who is acting (a signed-in user, or the CLI) and what they may see. The data layer filters and audits with it.</summary>
public interface ICurrentActor
{
    Guid? UserId { get; }

    string UserName { get; }

    string? RemoteAddress { get; }

    AccessScope Scope { get; }

    /// <summary>The signed-in user's role; null for the CLI, jobs and tests' actors, which then get no role-bound right (fail closed).</summary>
    Role? Role => null;

    /// <summary>Whether the actor may do this (<see cref="Permissions"/> for a user's role; a system actor states its own).</summary>
    bool Can(Capability capability) => Permissions.Has(Role, capability);
}
