namespace CoSo.IntegrationTests.Operations;

/// <summary>
/// ADR 0017: where every table of the schema would go on Citus. A table added without a line here fails
/// <see cref="CitusReadinessTests"/>; so does a key that would not distribute unless it is in <see cref="KeysToChange"/>.
/// </summary>
public static class DistributionPlan
{
    /// <summary>Hash-distributed tables and their distribution column. Person-level rows: province_code, co-located.</summary>
    public static readonly IReadOnlyDictionary<string, string> Distributed = new Dictionary<string, string>
    {
        // Residents and everything kept about them (ADR 0002): one co-location group by province_code.
        ["people"] = "province_code", ["households"] = "province_code", ["health_record_versions"] = "province_code",
        ["encounters"] = "province_code", ["encounter_diagnoses"] = "province_code", ["encounter_revisions"] = "province_code",
        ["prescription_lines"] = "province_code", ["arrivals"] = "province_code",
        ["immunization_doses"] = "province_code", ["aefi_reports"] = "province_code", ["vitamin_a_doses"] = "province_code",
        ["growth_measurements"] = "province_code", ["chronic_enrolments"] = "province_code", ["chronic_follow_ups"] = "province_code",
        ["case_reports"] = "province_code", ["case_lab_results"] = "province_code",
        ["pregnancies"] = "province_code", ["antenatal_contacts"] = "province_code", ["deliveries"] = "province_code",
        ["birth_outcomes"] = "province_code", ["postnatal_visits"] = "province_code", ["newborn_checks"] = "province_code",
        ["contraceptive_uses"] = "province_code", ["contraceptive_supplies"] = "province_code",
        ["bhyt_claims"] = "province_code", ["bhyt_claim_batches"] = "province_code",
        ["home_visits"] = "province_code", ["village_submissions"] = "province_code",
        ["stock_lots"] = "province_code", ["stock_movements"] = "province_code", ["vaccination_sessions"] = "province_code",

        // The audit trail is the largest table and is written for every request; a row may list residents of several
        // provinces (province_code null), so it is distributed by its own id, not co-located, append-only.
        ["audit_entries"] = "id", ["audit_reads"] = "id",
    };

    /// <summary>The audit tables: they name residents but are distributed by id, outside the province co-location group.</summary>
    public static readonly IReadOnlySet<string> AuditTrail = new HashSet<string> { "audit_entries", "audit_reads" };

    /// <summary>Citus reference tables: small, read everywhere, copied to every node (writes go to all copies).</summary>
    public static readonly IReadOnlySet<string> Reference = new HashSet<string>
    {
        "admin_units", "admin_unit_successors", "org_units", "station_catchments", "icd10_codes", "drugs",
        "user_accounts", "user_org_units", "criteria_sets", "immunization_high_risk_areas", "population_figures",
        "staff_members", "staff_postings", "staff_qualifications", "staff_training", "staff_training_plans",
        "station_facilities", "station_facility_versions", "station_equipment", "station_services",
    };

    /// <summary>Tables left on the coordinator (Citus local tables): per-unit aggregates and the application's own bookkeeping.</summary>
    public static readonly IReadOnlySet<string> Local = new HashSet<string>
    {
        "__EFMigrationsHistory", "data_protection_keys", "job_leases", "user_sessions",
        "indicator_results", "indicator_breakdowns", "indicator_dirty",
        "notifications", "notification_reads", "notification_outbox",
        "surveillance_alerts", "surveillance_alert_events", "surveillance_alert_weeks", "criteria_assessments",
        // The village app's phones and its change log (a sequence read per village): the coordinator's bookkeeping.
        "village_devices", "village_changes",
        // System clients of the FHIR API (OpenIddict's tables) and their spent client assertions: the coordinator's bookkeeping.
        "oauth_applications", "oauth_authorizations", "oauth_scopes", "oauth_tokens", "oauth_assertion_uses",
        // FHIR Subscriptions: a few rows per subscriber, read at every event (docs/fhir.md).
        "fhir_subscriptions",
        // FHIR bulk exports: one row per export (owner, status, files), no personal data.
        "fhir_export_jobs",
    };

    /// <summary>
    /// Unique keys of distributed tables that PostgreSQL refuses on the partitioned copy (they lack the distribution
    /// column), so Citus would refuse them too: each must change before distributing (ADR 0017, "What would change").
    /// </summary>
    public static readonly IReadOnlySet<string> KeysToChange = new HashSet<string>
    {
        // None left: the arrivals' queue-number index leads with province_code, and the claim batches and vaccination
        // sessions are keyed (province_code, id) since 2026-12-07.
    };
}
