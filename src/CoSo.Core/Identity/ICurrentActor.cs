namespace CoSo.Core.Identity;

/// <summary>Who is acting (a signed-in user, or the CLI) and what they may see. The data layer filters and audits with it.</summary>
public interface ICurrentActor
{
    Guid? UserId { get; }

    string UserName { get; }

    string? RemoteAddress { get; }

    AccessScope Scope { get; }
}
