using CoSo.Core.Common;
using CoSo.Core.Identity;

namespace CoSo.Data.Access;

public static class AccessPolicyExtensions
{
    /// <summary>Throws <see cref="ForbiddenException"/> (403, "access.capability") unless the actor has the capability.</summary>
    public static void Demand(this ICurrentActor actor, Capability capability)
    {
        if (!actor.Can(capability))
        {
            throw new ForbiddenException("access.capability");
        }
    }
}
