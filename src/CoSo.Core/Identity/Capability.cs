namespace CoSo.Core.Identity;

/// <summary>
/// What an actor may do, by name. Roles get capabilities from one table (<see cref="Permissions"/>, documented in
/// docs/permissions.md); the data layer demands them (<c>CoSo.Data.Access.WritePolicy</c> on every write, explicit
/// demands for operations such as a merge), the API and the pages ask the same table. Reading person-level data needs
/// no capability beyond the scope; what a role may read beyond that is <see cref="ReadClinicalDetail"/>.
/// </summary>
public enum Capability
{
    /// <summary>Register and edit residents and households, report a death or a move.</summary>
    RegisterResidents = 1,

    /// <summary>Merge two records of the same resident.</summary>
    MergeResidents,

    /// <summary>Reception, the queue, visits (vitals, diagnoses, corrections, voids) and health-record versions.</summary>
    RecordVisits,

    /// <summary>Write prescription lines.</summary>
    Prescribe,

    /// <summary>The station's pharmacy: receipts, issues, adjustments, transfers, dispensing and returns.</summary>
    Dispense,

    /// <summary>Chronic-care enrolments, follow-ups, transfers and closing.</summary>
    ChronicCare,

    /// <summary>Outcomes of a call or home visit to an overdue patient, and the advice given.</summary>
    RecordOutreach,

    /// <summary>Vaccination sessions, doses, AEFI reports.</summary>
    Immunize,

    /// <summary>Pregnancies, antenatal contacts, deliveries, newborn checks, postnatal visits.</summary>
    MaternalCare,

    /// <summary>Tell the station of a pregnancy in the village (the station registers it).</summary>
    NotifyPregnancy,

    /// <summary>Weighing and measuring children, vitamin A doses.</summary>
    RecordGrowthAndNutrition,

    /// <summary>Family-planning methods and supplies.</summary>
    FamilyPlanning,

    /// <summary>Report a (suspected) case of a notifiable disease and correct it.</summary>
    ReportCases,

    /// <summary>Record a laboratory result of a case.</summary>
    RecordLabResults,

    /// <summary>Run the outbreak-alert computation (the daily job does it too).</summary>
    ManageAlerts,

    /// <summary>Move an alert of one's area through its workflow: verify, confirm, discard, close.</summary>
    RespondToAlerts,

    /// <summary>Read one's own notifications and mark them read.</summary>
    ReadNotifications,

    /// <summary>Staff records, postings, CME courses, yearly training plans.</summary>
    ManageStaff,

    /// <summary>A station's facility record, equipment and technical services.</summary>
    ManageFacilities,

    /// <summary>Fill in and submit a station's self-assessment against the national criteria.</summary>
    AssessCriteria,

    /// <summary>Pre-review a self-assessment or return it to the station (a regional centre since 07/2025).</summary>
    PreReviewAssessments,

    /// <summary>Recognise (approve) an assessment: the province since 07/2025.</summary>
    ApproveAssessments,

    /// <summary>Load a criteria set (the national criteria as data).</summary>
    ManageCriteriaSets,

    /// <summary>Declare immunization high-risk areas.</summary>
    ManageHighRiskAreas,

    /// <summary>Population figures per unit and year (the denominator of T1 and T3).</summary>
    ManagePopulationFigures,

    /// <summary>Recompute the indicators (and the job that does it every minute).</summary>
    ComputeIndicators,

    /// <summary>Read visit details — diagnoses, prescriptions, visit notes — beyond the registry condition and last BP.</summary>
    ReadClinicalDetail,

    /// <summary>Make, check and submit the station's BHYT claims, record the gateway's answers, read the claims list.</summary>
    ManageClaims,

    /// <summary>Read the audit trail.</summary>
    ReadAudit,

    /// <summary>Create users, change their roles, reset passwords, deactivate them.</summary>
    ManageUsers,

    /// <summary>Reference data and the org tree: administrative units, ICD-10, the formulary, org units, catchments.</summary>
    ManageReferenceData,

    /// <summary>Register a phone for the offline village app and sync it (the village's residents and lists, the phone's records).</summary>
    SyncVillageApp,

    /// <summary>The station's inbox of what village health workers send: settle conflicts, act on notifications, revoke phones.</summary>
    ReviewVillageReports,
}
