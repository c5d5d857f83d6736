using CoSo.Core.Audit;
using CoSo.Core.Chronic;
using CoSo.Core.Common;
using CoSo.Core.Encounters;
using CoSo.Core.Facilities;
using CoSo.Core.FamilyPlanning;
using CoSo.Core.Growth;
using CoSo.Core.Identity;
using CoSo.Core.Immunization;
using CoSo.Core.Indicators;
using CoSo.Core.Maternal;
using CoSo.Core.Nutrition;
using CoSo.Core.Organisation;
using CoSo.Core.People;
using CoSo.Core.Pharmacy;
using CoSo.Core.Reception;
using CoSo.Core.Records;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Core.Surveillance.Cases;
using CoSo.Core.Workforce;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CoSo.Data.Access;

/// <summary>
/// The data layer's floor of the access policy: <see cref="CoSoDbContext"/> refuses to save a row the actor has no
/// capability to write, whatever code path added it (an endpoint, a page, a job, the CLI). Each entity type names the
/// capabilities any one of which lets an actor add, change or delete it; services demand the precise capability of an
/// operation on top (enrolling needs <see cref="Capability.ChronicCare"/>, while recording a call outcome on the
/// enrolment needs only <see cref="Capability.RecordOutreach"/>). Rows added by SaveChanges interceptors (a resident's
/// move re-homes their visits; dirty marks) follow the write that implies them and are not checked again. A type not
/// in the table cannot be written at all (fail closed; a test keeps the table complete).
/// </summary>
public static class WritePolicy
{
    /// <summary>Types any actor writes: the audit trail itself, sign-in's sessions and lockout, the framework's keys.</summary>
    private static readonly Capability[] Open = [];

    private static readonly Capability[] PersonOwnedMerge = [Capability.MergeResidents];

    public static IReadOnlyDictionary<Type, Capability[]> Rules { get; } = new Dictionary<Type, Capability[]>
    {
        [typeof(Person)] = [Capability.RegisterResidents, Capability.MergeResidents, Capability.MaternalCare],
        [typeof(Household)] = [Capability.RegisterResidents, Capability.MergeResidents],
        [typeof(HealthRecordVersion)] = [Capability.RecordVisits, Capability.RegisterResidents, .. PersonOwnedMerge],
        [typeof(Encounter)] = [Capability.RecordVisits, .. PersonOwnedMerge],
        [typeof(EncounterDiagnosis)] = [Capability.RecordVisits, .. PersonOwnedMerge],
        [typeof(EncounterRevision)] = [Capability.RecordVisits, .. PersonOwnedMerge],
        [typeof(PrescriptionLine)] = [Capability.Prescribe, Capability.Dispense, .. PersonOwnedMerge],
        [typeof(Arrival)] = [Capability.RecordVisits, .. PersonOwnedMerge],
        [typeof(StockLot)] = [Capability.Dispense],
        // A claim is made (and re-made) when the claims are refreshed; a merge repoints its resident.
        [typeof(Core.Bhyt.BhytClaim)] = [Capability.ManageClaims, .. PersonOwnedMerge],
        [typeof(Core.Bhyt.BhytClaimBatch)] = [Capability.ManageClaims],
        [typeof(StockMovement)] = [Capability.Dispense],
        // A death or a move reported by the village closes the enrolment; a call outcome counts the attempt.
        [typeof(ChronicEnrolment)] = [Capability.ChronicCare, Capability.RecordOutreach, Capability.RegisterResidents, .. PersonOwnedMerge],
        [typeof(ChronicFollowUp)] = [Capability.ChronicCare, Capability.RecordVisits, .. PersonOwnedMerge],
        [typeof(ImmunizationDose)] = [Capability.Immunize, .. PersonOwnedMerge],
        [typeof(VaccinationSession)] = [Capability.Immunize],
        [typeof(AefiReport)] = [Capability.Immunize, .. PersonOwnedMerge],
        [typeof(Pregnancy)] = [Capability.MaternalCare, Capability.NotifyPregnancy, Capability.RecordOutreach, Capability.Immunize, Capability.RegisterResidents, .. PersonOwnedMerge],
        [typeof(AntenatalContact)] = [Capability.MaternalCare, .. PersonOwnedMerge],
        [typeof(Delivery)] = [Capability.MaternalCare, .. PersonOwnedMerge],
        [typeof(BirthOutcome)] = [Capability.MaternalCare, .. PersonOwnedMerge],
        [typeof(NewbornCheck)] = [Capability.MaternalCare, .. PersonOwnedMerge],
        [typeof(PostnatalVisit)] = [Capability.MaternalCare, Capability.RecordOutreach, .. PersonOwnedMerge],
        [typeof(GrowthMeasurement)] = [Capability.RecordGrowthAndNutrition, .. PersonOwnedMerge],
        [typeof(VitaminADose)] = [Capability.RecordGrowthAndNutrition, .. PersonOwnedMerge],
        [typeof(ContraceptiveUse)] = [Capability.FamilyPlanning, .. PersonOwnedMerge],
        [typeof(ContraceptiveSupply)] = [Capability.FamilyPlanning, .. PersonOwnedMerge],
        [typeof(CaseReport)] = [Capability.ReportCases, Capability.RecordLabResults, .. PersonOwnedMerge],
        [typeof(CaseLabResult)] = [Capability.RecordLabResults, .. PersonOwnedMerge],
        // A case of a disease reported within 24 hours notifies the district at once (notification and outbox).
        [typeof(SurveillanceAlert)] = [Capability.ManageAlerts, Capability.RespondToAlerts],
        [typeof(SurveillanceAlertWeek)] = [Capability.ManageAlerts],
        [typeof(AlertEvent)] = [Capability.ManageAlerts, Capability.RespondToAlerts],
        [typeof(Notification)] = [Capability.ManageAlerts, Capability.RespondToAlerts, Capability.ReportCases],
        [typeof(OutboxMessage)] = [Capability.ManageAlerts, Capability.RespondToAlerts, Capability.ReportCases, Capability.ReadClinicalDetail],
        // FHIR Subscriptions (docs/fhir.md): whoever may read clinical detail may be told that it changed (a handshake is an outbox row).
        [typeof(Fhir.Subscriptions.FhirSubscription)] = [Capability.ReadClinicalDetail],
        [typeof(NotificationRead)] = [Capability.ReadNotifications],
        // The village app (docs/village-app.md): a phone is registered and synced by its worker and revoked by the station.
        [typeof(Core.Village.VillageDevice)] = [Capability.SyncVillageApp, Capability.ReviewVillageReports],
        [typeof(Core.Village.VillageSubmission)] = [Capability.SyncVillageApp, Capability.ReviewVillageReports, .. PersonOwnedMerge],
        [typeof(Core.Village.HomeVisit)] = [Capability.SyncVillageApp, Capability.RecordOutreach, .. PersonOwnedMerge],
        // Added by SaveChanges for every write of a resident or household of a village: follows the write that implies it.
        [typeof(Core.Village.VillageChange)] = Open,
        [typeof(StaffMember)] = [Capability.ManageStaff],
        [typeof(StaffQualification)] = [Capability.ManageStaff],
        [typeof(Posting)] = [Capability.ManageStaff],
        [typeof(TrainingRecord)] = [Capability.ManageStaff],
        [typeof(TrainingPlan)] = [Capability.ManageStaff],
        [typeof(StationFacility)] = [Capability.ManageFacilities],
        [typeof(StationFacilityVersion)] = [Capability.ManageFacilities],
        [typeof(EquipmentItem)] = [Capability.ManageFacilities],
        [typeof(StationService)] = [Capability.ManageFacilities],
        [typeof(CriteriaAssessment)] = [Capability.AssessCriteria, Capability.PreReviewAssessments, Capability.ApproveAssessments],
        [typeof(CriteriaSet)] = [Capability.ManageCriteriaSets],
        [typeof(HighRiskArea)] = [Capability.ManageHighRiskAreas],
        [typeof(PopulationFigure)] = [Capability.ManagePopulationFigures],
        [typeof(IndicatorResult)] = [Capability.ComputeIndicators],
        [typeof(IndicatorBreakdown)] = [Capability.ComputeIndicators],
        [typeof(IndicatorDirtyMark)] = [Capability.ComputeIndicators],
        [typeof(OrgUnit)] = [Capability.ManageReferenceData],
        [typeof(StationCatchment)] = [Capability.ManageReferenceData],
        [typeof(AdminUnit)] = [Capability.ManageReferenceData],
        [typeof(AdminUnitSuccessor)] = [Capability.ManageReferenceData],
        [typeof(IcdCode)] = [Capability.ManageReferenceData],
        [typeof(Drug)] = [Capability.ManageReferenceData],
        // User administration is the CLI's (UserAdministration demands ManageUsers); sign-in writes these before there
        // is a signed-in actor, through SignInService, which is the guard.
        [typeof(UserAccount)] = Open,
        [typeof(UserOrgUnit)] = Open,
        [typeof(UserSession)] = Open,
        [typeof(AuditEntry)] = Open,
        [typeof(ReadAuditEntry)] = Open,
        [typeof(DataProtectionKey)] = Open,
        // System clients (SMART Backend Services): registered and revoked by the CLI (SystemClients demands ManageUsers);
        // the token endpoint writes its token rows and spent assertions before there is an actor, OpenIddict being the guard.
        [typeof(OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication)] = [Capability.ManageUsers],
        [typeof(OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreAuthorization)] = Open,
        [typeof(OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreScope)] = [Capability.ManageUsers],
        [typeof(OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreToken)] = Open,
        [typeof(Identity.ClientAssertionUse)] = Open,
        // A bulk export's bookkeeping (no personal data): written by the export its requester kicked off, whose scope and
        // SMART scopes were checked at kick-off; the status and files are the requester's only.
        [typeof(Fhir.FhirExportJob)] = Open,
        // Which node runs a job (ADR 0012): no data, and every job takes one before it has anything to write.
        [typeof(Operations.JobLease)] = Open,
    };

    /// <summary>Throws <see cref="ForbiddenException"/> ("access.capability") when the actor may not write a pending change.</summary>
    public static void Demand(ICurrentActor actor, DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var type = entry.Metadata.ClrType;
            if (!Rules.TryGetValue(type, out var any))
            {
                throw new ForbiddenException("access.capability");
            }

            if (any.Length > 0 && !any.Any(actor.Can))
            {
                throw new ForbiddenException("access.capability");
            }
        }
    }
}
