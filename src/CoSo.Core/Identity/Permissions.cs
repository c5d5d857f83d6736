namespace CoSo.Core.Identity;

/// <summary>
/// The permission matrix: which role has which <see cref="Capability"/>. The one table the data layer, the API and the
/// pages ask; docs/permissions.md prints it (a test keeps the two equal). No role (an anonymous actor) has nothing.
/// A village health worker's rights are ADR 0010.
/// </summary>
public static class Permissions
{
    private static readonly Dictionary<Role, IReadOnlySet<Capability>> Matrix = new()
    {
        [Role.StationClinician] = new HashSet<Capability>
        {
            Capability.RegisterResidents, Capability.MergeResidents, Capability.RecordVisits, Capability.Prescribe, Capability.Dispense,
            Capability.ChronicCare, Capability.RecordOutreach, Capability.Immunize, Capability.MaternalCare, Capability.NotifyPregnancy,
            Capability.RecordGrowthAndNutrition, Capability.FamilyPlanning, Capability.ReportCases, Capability.RecordLabResults, Capability.RespondToAlerts,
            Capability.ReadNotifications, Capability.ManageStaff, Capability.ManageFacilities, Capability.AssessCriteria, Capability.ReadClinicalDetail,
            Capability.ManageClaims, Capability.ReviewVillageReports,
        },
        [Role.VillageHealthWorker] = new HashSet<Capability>
        {
            Capability.RegisterResidents, Capability.RecordOutreach, Capability.NotifyPregnancy, Capability.RecordGrowthAndNutrition,
            Capability.ReportCases, Capability.ReadNotifications, Capability.SyncVillageApp,
        },
        [Role.DistrictManager] = new HashSet<Capability>
        {
            Capability.RecordLabResults, Capability.ManageAlerts, Capability.RespondToAlerts, Capability.ReadNotifications, Capability.ManageStaff, Capability.ManageFacilities,
            Capability.PreReviewAssessments, Capability.ManageHighRiskAreas, Capability.ReadClinicalDetail,
        },
        [Role.ProvincialManager] = new HashSet<Capability>
        {
            Capability.RecordLabResults, Capability.ManageAlerts, Capability.RespondToAlerts, Capability.ReadNotifications, Capability.ManageStaff, Capability.ManageFacilities,
            Capability.PreReviewAssessments, Capability.ApproveAssessments, Capability.ManageCriteriaSets, Capability.ManageHighRiskAreas,
            Capability.ManagePopulationFigures, Capability.ComputeIndicators, Capability.ReadClinicalDetail,
        },
        [Role.Administrator] = Enum.GetValues<Capability>().ToHashSet(),
    };

    /// <summary>Every capability, for the operator's console actor (the CLI, migrations, the demo seed).</summary>
    public static IReadOnlySet<Capability> All { get; } = Enum.GetValues<Capability>().ToHashSet();

    public static IReadOnlySet<Capability> Of(Role? role) => role is { } r && Matrix.TryGetValue(r, out var set) ? set : new HashSet<Capability>();

    public static bool Has(Role? role, Capability capability) => Of(role).Contains(capability);
}
