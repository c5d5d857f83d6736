using CoSo.Core.Identity;

namespace CoSo.Core.Facilities;

/// <summary>
/// Who decides a commune's self-assessment. Since 01/07/2025 local government has two levels (province, commune): the
/// commune self-assesses and the province recognises — the Department of Health (provincial manager) records the
/// approval, and an administrator may. A regional health centre (the former district centre, role DistrictManager) is
/// a health facility, not a level of government: it may add a pre-review opinion and return a submission for
/// correction, but not approve (docs/commune-health-criteria.md). The rights are the permission matrix's
/// (<see cref="Capability.ApproveAssessments"/>, <see cref="Capability.PreReviewAssessments"/>).
/// </summary>
public static class RecognitionPolicy
{
    public static bool MayApprove(Role? role) => Permissions.Has(role, Capability.ApproveAssessments);

    public static bool MayPreReview(Role? role) => Permissions.Has(role, Capability.PreReviewAssessments);

    /// <summary>Returning a submission for correction is part of pre-review.</summary>
    public static bool MayReturn(Role? role) => MayPreReview(role);
}
