namespace CoSo.Core.Identity;

/// <summary>An org unit a user works in; the user's scope is these units and everything below them.</summary>
public sealed class UserOrgUnit
{
    public Guid UserId { get; set; }

    public Guid OrgUnitId { get; set; }
}
