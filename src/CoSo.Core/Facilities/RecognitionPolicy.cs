using CoSo.Core.Identity;

namespace CoSo.Core.Facilities;

/// <summary>
/// Who decides a commune's self-assessment. Since 01/07/2025 local government has two levels (province, commune): the
/// commune self-assesses and the province recognises — the Department of Health (provincial manager) records the
/// approval, and an administrator may. A regional health centre (the former district centre, role DistrictManager) is
/// a health facility, not a level of government: it may add a pre-review opinion and return a submission for
/// correction, but not approve (docs/commune-health-criteria.md).
/// </summary>
public static class RecognitionPolicy
{
    public static bool MayApprove(Role? role) => role is Role.ProvincialManager or Role.Administrator;

    public static bool MayPreReview(Role? role) => role is Role.DistrictManager or Role.ProvincialManager or Role.Administrator;

    /// <summary>Returning a submission for correction is part of pre-review.</summary>
    public static bool MayReturn(Role? role) => MayPreReview(role);
}
