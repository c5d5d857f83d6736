using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "admin_unit_successors",
                columns: table => new
                {
                    old_commune_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    new_commune_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    is_primary = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admin_unit_successors", x => new { x.old_commune_code, x.new_commune_code });
                });

            migrationBuilder.CreateTable(
                name: "admin_units",
                columns: table => new
                {
                    edition = table.Column<int>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admin_units", x => new { x.edition, x.code });
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    entity_type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    remote_address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_reads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    remote_address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    person_ids = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_reads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "criteria_sets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    is_example = table.Column<bool>(type: "INTEGER", nullable: false),
                    from_year = table.Column<int>(type: "INTEGER", nullable: false),
                    to_year = table.Column<int>(type: "INTEGER", nullable: false),
                    definition_json = table.Column<string>(type: "TEXT", nullable: false),
                    imported_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_criteria_sets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "drugs",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    active_ingredient = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    strength = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    form = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    route = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    bhyt_covered = table.Column<bool>(type: "INTEGER", nullable: false),
                    bhyt_list_no = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    atc = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    group = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    min_stock = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    allergy_terms = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    search_key = table.Column<string>(type: "TEXT", maxLength: 350, nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_drugs", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "icd10_codes",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    name_vi = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    search_key = table.Column<string>(type: "TEXT", maxLength: 420, nullable: false),
                    chapter = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_icd10_codes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "indicator_breakdowns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    indicator_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    numerator = table.Column<long>(type: "INTEGER", nullable: false),
                    denominator = table.Column<long>(type: "INTEGER", nullable: false),
                    computed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_breakdowns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_dirty",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    marked_at = table.Column<long>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_dirty", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_results",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    indicator_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    numerator = table.Column<long>(type: "INTEGER", nullable: false),
                    denominator = table.Column<long>(type: "INTEGER", nullable: false),
                    population = table.Column<long>(type: "INTEGER", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    computed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_results", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "job_leases",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    acquired_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_leases", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "notification_outbox",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    recipient_org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_attempt_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    subject_en = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    body_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    read_at = table.Column<long>(type: "INTEGER", nullable: true),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    parent_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    path = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    depth = table.Column<int>(type: "INTEGER", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    admin_unit_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    bhyt_facility_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    bhyt_head_number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    population = table.Column<int>(type: "INTEGER", nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_units_org_units_parent_id",
                        column: x => x.parent_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_accounts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<int>(type: "INTEGER", nullable: false),
                    failed_sign_ins = table.Column<int>(type: "INTEGER", nullable: false),
                    locked_until = table.Column<long>(type: "INTEGER", nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    security_stamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    totp_secret = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notification_reads",
                columns: table => new
                {
                    notification_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    read_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notification_reads", x => new { x.notification_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_notification_reads_notifications_notification_id",
                        column: x => x.notification_id,
                        principalTable: "notifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bhyt_claim_batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    station_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ma_cskcb = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    claim_count = table.Column<int>(type: "INTEGER", nullable: false),
                    held_count = table.Column<int>(type: "INTEGER", nullable: false),
                    total_bv = table.Column<double>(type: "REAL", precision: 15, scale: 2, nullable: false),
                    fund_pays = table.Column<double>(type: "REAL", precision: 15, scale: 2, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bhyt_claim_batches", x => x.id);
                    table.ForeignKey(
                        name: "fk_bhyt_claim_batches_org_units_station_id",
                        column: x => x.station_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "criteria_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    criteria_set_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    values_json = table.Column<string>(type: "TEXT", nullable: false),
                    points = table.Column<double>(type: "REAL", precision: 7, scale: 2, nullable: false),
                    passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reviewed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    review_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    reviewed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    pre_reviewed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    pre_review_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    pre_reviewed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    recognised_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_criteria_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_criteria_assessments_criteria_set_criteria_set_id",
                        column: x => x.criteria_set_id,
                        principalTable: "criteria_sets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_criteria_assessments_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    village_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    address_line = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    head_person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_households", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_households_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_households_org_units_village_id",
                        column: x => x.village_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "immunization_high_risk_areas",
                columns: table => new
                {
                    station_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    marked_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    marked_at = table.Column<long>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_immunization_high_risk_areas", x => x.station_id);
                    table.ForeignKey(
                        name: "fk_immunization_high_risk_areas_org_units_station_id",
                        column: x => x.station_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "population_figures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    population = table.Column<long>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_population_figures", x => x.id);
                    table.ForeignKey(
                        name: "fk_population_figures_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    cccd = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    full_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sex = table.Column<int>(type: "INTEGER", nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    cadre = table.Column<int>(type: "INTEGER", nullable: false),
                    employment_type = table.Column<int>(type: "INTEGER", nullable: false),
                    position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    licence_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    licence_scope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    training_months = table.Column<int>(type: "INTEGER", nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_members_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_training_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    planned_staff = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_training_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_training_plans_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "station_catchments",
                columns: table => new
                {
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    commune_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_station_catchments", x => new { x.org_unit_id, x.commune_code });
                    table.ForeignKey(
                        name: "fk_station_catchments_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "station_equipment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    condition = table.Column<int>(type: "INTEGER", nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_station_equipment", x => x.id);
                    table.ForeignKey(
                        name: "fk_station_equipment_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "station_facilities",
                columns: table => new
                {
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    building_condition = table.Column<int>(type: "INTEGER", nullable: false),
                    build_year = table.Column<int>(type: "INTEGER", nullable: true),
                    rooms = table.Column<int>(type: "INTEGER", nullable: false),
                    clean_water = table.Column<bool>(type: "INTEGER", nullable: false),
                    electricity = table.Column<bool>(type: "INTEGER", nullable: false),
                    internet = table.Column<bool>(type: "INTEGER", nullable: false),
                    medicine_categories = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    bhyt_eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    bhyt_contract_start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    bhyt_contract_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_station_facilities", x => x.org_unit_id);
                    table.ForeignKey(
                        name: "fk_station_facilities_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "station_facility_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    building_condition = table.Column<int>(type: "INTEGER", nullable: false),
                    build_year = table.Column<int>(type: "INTEGER", nullable: true),
                    rooms = table.Column<int>(type: "INTEGER", nullable: false),
                    clean_water = table.Column<bool>(type: "INTEGER", nullable: false),
                    electricity = table.Column<bool>(type: "INTEGER", nullable: false),
                    internet = table.Column<bool>(type: "INTEGER", nullable: false),
                    medicine_categories = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    bhyt_eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    bhyt_contract_start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    bhyt_contract_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_station_facility_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_station_facility_versions_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "station_services",
                columns: table => new
                {
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    service_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    since = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_station_services", x => new { x.org_unit_id, x.service_code });
                    table.ForeignKey(
                        name: "fk_station_services_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stock_lots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    station_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    drug_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    lot_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    expiry_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    unit_price = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: false),
                    quantity = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    supplier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_lots", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_stock_lots_drugs_drug_code",
                        column: x => x.drug_code,
                        principalTable: "drugs",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_lots_org_units_station_id",
                        column: x => x.station_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "surveillance_alerts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    disease_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    last_period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    week_count = table.Column<int>(type: "INTEGER", nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false),
                    mean = table.Column<double>(type: "REAL", nullable: true),
                    standard_deviation = table.Column<double>(type: "REAL", nullable: true),
                    upper_bound = table.Column<double>(type: "REAL", nullable: true),
                    statistic = table.Column<double>(type: "REAL", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    response_actions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_surveillance_alerts", x => x.id);
                    table.ForeignKey(
                        name: "fk_surveillance_alerts_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vaccination_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    station_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    village_ids = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vaccination_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_vaccination_sessions_org_units_station_id",
                        column: x => x.station_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_org_units",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_org_units", x => new { x.user_id, x.org_unit_id });
                    table.ForeignKey(
                        name: "fk_user_org_units_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_user_org_units_user_accounts_user_id",
                        column: x => x.user_id,
                        principalTable: "user_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_seen_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    remote_address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    user_agent = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_sessions_user_accounts_user_id",
                        column: x => x.user_id,
                        principalTable: "user_accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    village_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    commune_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    household_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    relationship_to_head = table.Column<int>(type: "INTEGER", nullable: true),
                    cccd = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    full_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    birth_time = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    birth_year = table.Column<int>(type: "INTEGER", nullable: false),
                    sex = table.Column<int>(type: "INTEGER", nullable: false),
                    ethnicity_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    address_line = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    bhyt_number = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    social_insurance_number = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    bhyt_valid_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    bhyt_valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    bhyt_facility_code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    is_deceased = table.Column<bool>(type: "INTEGER", nullable: false),
                    deceased_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    death_cause_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    moved_away = table.Column<bool>(type: "INTEGER", nullable: false),
                    moved_away_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    needs_duplicate_review = table.Column<bool>(type: "INTEGER", nullable: false),
                    merged_into_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_people_households_province_code_household_id",
                        columns: x => new { x.province_code, x.household_id },
                        principalTable: "households",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_people_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_people_org_units_village_id",
                        column: x => x.village_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_postings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    staff_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    from_unit_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    part_time = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_postings", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_postings_org_units_from_unit_id",
                        column: x => x.from_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_staff_postings_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_staff_postings_staff_member_staff_id",
                        column: x => x.staff_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_qualifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    staff_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    awarded_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_qualifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_qualifications_staff_members_staff_id",
                        column: x => x.staff_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_training",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    staff_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    course = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    provider = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    hours = table.Column<double>(type: "REAL", precision: 7, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_training", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_training_staff_members_staff_id",
                        column: x => x.staff_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stock_movements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    station_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lot_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    drug_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    quantity = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: false),
                    unit_price = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: false),
                    on_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    encounter_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    prescription_line_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    counterpart_station_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_movements", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_stock_movements_org_units_station_id",
                        column: x => x.station_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_stock_movements_stock_lots_province_code_lot_id",
                        columns: x => new { x.province_code, x.lot_id },
                        principalTable: "stock_lots",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "surveillance_alert_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    alert_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    to = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_surveillance_alert_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_surveillance_alert_events_surveillance_alert_alert_id",
                        column: x => x.alert_id,
                        principalTable: "surveillance_alerts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "surveillance_alert_weeks",
                columns: table => new
                {
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    disease_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    alert_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false),
                    mean = table.Column<double>(type: "REAL", nullable: true),
                    standard_deviation = table.Column<double>(type: "REAL", nullable: true),
                    upper_bound = table.Column<double>(type: "REAL", nullable: true),
                    statistic = table.Column<double>(type: "REAL", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_surveillance_alert_weeks", x => new { x.org_unit_id, x.disease_code, x.period });
                    table.ForeignKey(
                        name: "fk_surveillance_alert_weeks_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_surveillance_alert_weeks_surveillance_alerts_alert_id",
                        column: x => x.alert_id,
                        principalTable: "surveillance_alerts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aefi_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    dose_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    vaccine = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    onset_at = table.Column<long>(type: "INTEGER", nullable: false),
                    symptoms = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    severity = table.Column<int>(type: "INTEGER", nullable: false),
                    hospitalised = table.Column<bool>(type: "INTEGER", nullable: false),
                    outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    reported_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aefi_reports", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_aefi_reports_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "arrivals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    arrival_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    arrived_at = table.Column<long>(type: "INTEGER", nullable: false),
                    queue_number = table.Column<int>(type: "INTEGER", nullable: false),
                    priority = table.Column<bool>(type: "INTEGER", nullable: false),
                    emergency = table.Column<bool>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    called_at = table.Column<long>(type: "INTEGER", nullable: true),
                    called_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    called_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    encounter_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    paper_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    bhyt_number = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    bhyt_covered = table.Column<bool>(type: "INTEGER", nullable: false),
                    bhyt_category = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    bhyt_benefit_percent = table.Column<int>(type: "INTEGER", nullable: false),
                    bhyt_rule_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_arrivals", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_arrivals_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_arrivals_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    non_resident_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    non_resident_sex = table.Column<int>(type: "INTEGER", nullable: true),
                    non_resident_birth_year = table.Column<int>(type: "INTEGER", nullable: true),
                    non_resident_phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    village_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    disease_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    classification = table.Column<int>(type: "INTEGER", nullable: false),
                    onset_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    diagnosed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reported_at = table.Column<long>(type: "INTEGER", nullable: false),
                    reported_late = table.Column<bool>(type: "INTEGER", nullable: false),
                    hospitalised = table.Column<bool>(type: "INTEGER", nullable: false),
                    outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    lab_test = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    lab_result = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    lab_result_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    source_encounter_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reported_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_reports", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_case_reports_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_reports_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "chronic_enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    programme = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    diagnosed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    diagnosis_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    older_adult_health = table.Column<int>(type: "INTEGER", nullable: true),
                    baseline_systolic = table.Column<int>(type: "INTEGER", nullable: true),
                    baseline_diastolic = table.Column<int>(type: "INTEGER", nullable: true),
                    baseline_fasting_glucose = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    baseline_hb_a1c = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    protocol_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    protocol_step = table.Column<int>(type: "INTEGER", nullable: false),
                    next_appointment = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    snoozed_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    call_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_call_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    last_call_outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closing_reason = table.Column<int>(type: "INTEGER", nullable: true),
                    transferred_from_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_chronic_enrolments", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_chronic_enrolments_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_chronic_enrolments_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contraceptive_uses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    method = table.Column<int>(type: "INTEGER", nullable: false),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    stopped_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    stop_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    from_station = table.Column<bool>(type: "INTEGER", nullable: false),
                    last_supply_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    last_supply_quantity = table.Column<double>(type: "REAL", precision: 8, scale: 2, nullable: false),
                    next_supply_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contraceptive_uses", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_contraceptive_uses_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "encounters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    facility_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    staff_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    visit_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    systolic = table.Column<int>(type: "INTEGER", nullable: true),
                    diastolic = table.Column<int>(type: "INTEGER", nullable: true),
                    pulse = table.Column<int>(type: "INTEGER", nullable: true),
                    temperature_c = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    respiratory_rate = table.Column<int>(type: "INTEGER", nullable: true),
                    sp_o2 = table.Column<int>(type: "INTEGER", nullable: true),
                    weight_kg = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    height_cm = table.Column<double>(type: "REAL", precision: 5, scale: 1, nullable: true),
                    waist_cm = table.Column<double>(type: "REAL", precision: 5, scale: 1, nullable: true),
                    bmi = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    capillary_glucose_mmol = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    flags = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    notes = table.Column<string>(type: "TEXT", nullable: true),
                    disposition = table.Column<int>(type: "INTEGER", nullable: false),
                    follow_up_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    referred_to = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    bhyt_covered = table.Column<bool>(type: "INTEGER", nullable: false),
                    bhyt_category = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    bhyt_benefit_percent = table.Column<int>(type: "INTEGER", nullable: false),
                    bhyt_rule_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    arrival_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    voided = table.Column<bool>(type: "INTEGER", nullable: false),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    voided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    voided_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_encounters", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_encounters_org_units_facility_id",
                        column: x => x.facility_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_encounters_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "growth_measurements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    measured_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    age_days = table.Column<int>(type: "INTEGER", nullable: false),
                    weight_kg = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    length_cm = table.Column<double>(type: "REAL", precision: 5, scale: 1, nullable: true),
                    position = table.Column<int>(type: "INTEGER", nullable: true),
                    muac_mm = table.Column<int>(type: "INTEGER", nullable: true),
                    oedema = table.Column<bool>(type: "INTEGER", nullable: false),
                    occasion = table.Column<int>(type: "INTEGER", nullable: false),
                    encounter_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    waz = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: true),
                    haz = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: true),
                    whz = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: true),
                    baz = table.Column<double>(type: "REAL", precision: 6, scale: 2, nullable: true),
                    flags = table.Column<int>(type: "INTEGER", nullable: false),
                    weight_for_age = table.Column<int>(type: "INTEGER", nullable: true),
                    length_for_age = table.Column<int>(type: "INTEGER", nullable: true),
                    weight_for_length = table.Column<int>(type: "INTEGER", nullable: true),
                    severe_acute_malnutrition = table.Column<bool>(type: "INTEGER", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_growth_measurements", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_growth_measurements_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "health_record_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version_no = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    blood_group_abo = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    blood_group_rh = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    tobacco = table.Column<int>(type: "INTEGER", nullable: false),
                    alcohol = table.Column<int>(type: "INTEGER", nullable: false),
                    physically_active = table.Column<bool>(type: "INTEGER", nullable: true),
                    diet_notes = table.Column<string>(type: "TEXT", nullable: true),
                    chronic_condition_codes = table.Column<string>(type: "TEXT", nullable: true),
                    medical_history = table.Column<string>(type: "TEXT", nullable: true),
                    surgical_history = table.Column<string>(type: "TEXT", nullable: true),
                    family_hypertension = table.Column<bool>(type: "INTEGER", nullable: false),
                    family_diabetes = table.Column<bool>(type: "INTEGER", nullable: false),
                    gestational_diabetes = table.Column<bool>(type: "INTEGER", nullable: false),
                    prediabetes = table.Column<bool>(type: "INTEGER", nullable: false),
                    family_history = table.Column<string>(type: "TEXT", nullable: true),
                    allergy_drugs = table.Column<string>(type: "TEXT", nullable: true),
                    allergy_food = table.Column<string>(type: "TEXT", nullable: true),
                    allergy_other = table.Column<string>(type: "TEXT", nullable: true),
                    disabilities = table.Column<string>(type: "TEXT", nullable: true),
                    occupational_exposure = table.Column<string>(type: "TEXT", nullable: true),
                    reproductive_health = table.Column<string>(type: "TEXT", nullable: true),
                    other_problems = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_health_record_versions", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_health_record_versions_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "immunization_doses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    vaccine = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    dose_number = table.Column<int>(type: "INTEGER", nullable: false),
                    given_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    given_time = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    lot_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    lot_expiry = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    site = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    administered_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    place = table.Column<int>(type: "INTEGER", nullable: false),
                    place_text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    session_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    override_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_immunization_doses", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_immunization_doses_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pregnancies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 2),
                    first_contact_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    last_menstrual_period = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ultrasound_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ultrasound_gestation_days = table.Column<int>(type: "INTEGER", nullable: true),
                    expected_delivery_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    first_contact_gestation_weeks = table.Column<int>(type: "INTEGER", nullable: true),
                    gravida = table.Column<int>(type: "INTEGER", nullable: true),
                    term_births = table.Column<int>(type: "INTEGER", nullable: true),
                    preterm_births = table.Column<int>(type: "INTEGER", nullable: true),
                    abortions = table.Column<int>(type: "INTEGER", nullable: true),
                    living_children = table.Column<int>(type: "INTEGER", nullable: true),
                    previous_caesarean = table.Column<bool>(type: "INTEGER", nullable: false),
                    hypertension = table.Column<bool>(type: "INTEGER", nullable: false),
                    diabetes = table.Column<bool>(type: "INTEGER", nullable: false),
                    anaemia = table.Column<bool>(type: "INTEGER", nullable: false),
                    hiv_status = table.Column<int>(type: "INTEGER", nullable: false),
                    syphilis_status = table.Column<int>(type: "INTEGER", nullable: false),
                    hepatitis_b_status = table.Column<int>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    reported_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    confirmed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_reason = table.Column<int>(type: "INTEGER", nullable: true),
                    last_call_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    last_call_outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    call_attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    snoozed_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pregnancies", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_pregnancies_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vitamin_a_doses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    given_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    dose_iu = table.Column<int>(type: "INTEGER", nullable: false),
                    given_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vitamin_a_doses", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_vitamin_a_doses_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_lab_results",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_report_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    test = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    specimen_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    result = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    lab = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_lab_results", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_case_lab_results_case_reports_province_code_case_report_id",
                        columns: x => new { x.province_code, x.case_report_id },
                        principalTable: "case_reports",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_lab_results_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contraceptive_supplies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    use_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    method = table.Column<int>(type: "INTEGER", nullable: false),
                    given_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    quantity = table.Column<double>(type: "REAL", precision: 8, scale: 2, nullable: false),
                    given_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contraceptive_supplies", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_contraceptive_supplies_contraceptive_uses_province_code_use_id",
                        columns: x => new { x.province_code, x.use_id },
                        principalTable: "contraceptive_uses",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bhyt_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    encounter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    encounter_version = table.Column<int>(type: "INTEGER", nullable: false),
                    ma_lk = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ma_cskcb = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    claim_version = table.Column<int>(type: "INTEGER", nullable: false),
                    is_current = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    visit_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    total_bv = table.Column<double>(type: "REAL", precision: 15, scale: 2, nullable: false),
                    total_bh = table.Column<double>(type: "REAL", precision: 15, scale: 2, nullable: false),
                    fund_pays = table.Column<double>(type: "REAL", precision: 15, scale: 2, nullable: false),
                    co_payment = table.Column<double>(type: "REAL", precision: 15, scale: 2, nullable: false),
                    patient_pays = table.Column<double>(type: "REAL", precision: 15, scale: 2, nullable: false),
                    other_sources = table.Column<double>(type: "REAL", precision: 15, scale: 2, nullable: false),
                    held_reasons = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    violations = table.Column<string>(type: "TEXT", nullable: true),
                    violation_count = table.Column<int>(type: "INTEGER", nullable: false),
                    xml = table.Column<string>(type: "TEXT", nullable: true),
                    check_in_xml = table.Column<string>(type: "TEXT", nullable: true),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    gateway_transaction = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    gateway_code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    gateway_message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    answered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bhyt_claims", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_bhyt_claims_encounters_province_code_encounter_id",
                        columns: x => new { x.province_code, x.encounter_id },
                        principalTable: "encounters",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_bhyt_claims_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "chronic_follow_ups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enrolment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    encounter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    visit_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    fasting_glucose = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    hb_a1c = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    adherence = table.Column<int>(type: "INTEGER", nullable: false),
                    protocol_step = table.Column<int>(type: "INTEGER", nullable: false),
                    next_appointment = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    previous_appointment = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_chronic_follow_ups", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_chronic_follow_ups_chronic_enrolments_province_code_enrolment_id",
                        columns: x => new { x.province_code, x.enrolment_id },
                        principalTable: "chronic_enrolments",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_chronic_follow_ups_encounters_province_code_encounter_id",
                        columns: x => new { x.province_code, x.encounter_id },
                        principalTable: "encounters",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "encounter_diagnoses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    encounter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    name_vi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    is_main = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_encounter_diagnoses", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_encounter_diagnoses_encounters_province_code_encounter_id",
                        columns: x => new { x.province_code, x.encounter_id },
                        principalTable: "encounters",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "encounter_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    encounter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    changed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    changed_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    changed_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_encounter_revisions", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_encounter_revisions_encounters_province_code_encounter_id",
                        columns: x => new { x.province_code, x.encounter_id },
                        principalTable: "encounters",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prescription_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    encounter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    drug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    strength = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    dose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    quantity = table.Column<double>(type: "REAL", precision: 8, scale: 2, nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false),
                    drug_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    dose_per_take = table.Column<double>(type: "REAL", precision: 8, scale: 2, nullable: true),
                    times_per_day = table.Column<int>(type: "INTEGER", nullable: true),
                    allergy_override_reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    dispensed_quantity = table.Column<double>(type: "REAL", precision: 8, scale: 2, nullable: false),
                    bhyt_covered = table.Column<bool>(type: "INTEGER", nullable: false),
                    dispensed_value = table.Column<double>(type: "REAL", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_prescription_lines", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_prescription_lines_encounters_province_code_encounter_id",
                        columns: x => new { x.province_code, x.encounter_id },
                        principalTable: "encounters",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "antenatal_contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pregnancy_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    weight_kg = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    systolic = table.Column<int>(type: "INTEGER", nullable: true),
                    diastolic = table.Column<int>(type: "INTEGER", nullable: true),
                    proteinuria = table.Column<int>(type: "INTEGER", nullable: false),
                    fundal_height_cm = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    fetal_heart_rate = table.Column<int>(type: "INTEGER", nullable: true),
                    haemoglobin_gdl = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    hiv_test = table.Column<int>(type: "INTEGER", nullable: false),
                    syphilis_test = table.Column<int>(type: "INTEGER", nullable: false),
                    hbs_ag_test = table.Column<int>(type: "INTEGER", nullable: false),
                    fasting_glucose_mmol = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    iron_folic_tablets = table.Column<int>(type: "INTEGER", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_antenatal_contacts", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_antenatal_contacts_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_antenatal_contacts_pregnancies_province_code_pregnancy_id",
                        columns: x => new { x.province_code, x.pregnancy_id },
                        principalTable: "pregnancies",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    pregnancy_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    delivery_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    place = table.Column<int>(type: "INTEGER", nullable: false),
                    place_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    attendant = table.Column<int>(type: "INTEGER", nullable: false),
                    mode = table.Column<int>(type: "INTEGER", nullable: false),
                    complications = table.Column<int>(type: "INTEGER", nullable: false),
                    complication_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    referred = table.Column<bool>(type: "INTEGER", nullable: false),
                    referred_to = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    maternal_death = table.Column<bool>(type: "INTEGER", nullable: false),
                    maternal_death_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_deliveries", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_deliveries_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_deliveries_pregnancies_province_code_pregnancy_id",
                        columns: x => new { x.province_code, x.pregnancy_id },
                        principalTable: "pregnancies",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "birth_outcomes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    delivery_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    birth_order = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    sex = table.Column<int>(type: "INTEGER", nullable: true),
                    birth_weight_grams = table.Column<int>(type: "INTEGER", nullable: true),
                    birth_length_cm = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    born_at = table.Column<long>(type: "INTEGER", nullable: true),
                    newborn_person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    neonatal_death_date = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_birth_outcomes", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_birth_outcomes_deliveries_province_code_delivery_id",
                        columns: x => new { x.province_code, x.delivery_id },
                        principalTable: "deliveries",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_birth_outcomes_people_province_code_newborn_person_id",
                        columns: x => new { x.province_code, x.newborn_person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_birth_outcomes_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "postnatal_visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    delivery_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    visit_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    at_home = table.Column<bool>(type: "INTEGER", nullable: false),
                    systolic = table.Column<int>(type: "INTEGER", nullable: true),
                    diastolic = table.Column<int>(type: "INTEGER", nullable: true),
                    temperature_c = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    danger_signs = table.Column<int>(type: "INTEGER", nullable: false),
                    family_planning_counselled = table.Column<bool>(type: "INTEGER", nullable: false),
                    referred = table.Column<bool>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_postnatal_visits", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_postnatal_visits_deliveries_province_code_delivery_id",
                        columns: x => new { x.province_code, x.delivery_id },
                        principalTable: "deliveries",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_postnatal_visits_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "newborn_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    postnatal_visit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    birth_outcome_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    weight_grams = table.Column<int>(type: "INTEGER", nullable: true),
                    temperature_c = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    danger_signs = table.Column<int>(type: "INTEGER", nullable: false),
                    breastfeeding = table.Column<int>(type: "INTEGER", nullable: true),
                    kangaroo_care = table.Column<bool>(type: "INTEGER", nullable: false),
                    referred = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_newborn_checks", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_newborn_checks_birth_outcomes_province_code_birth_outcome_id",
                        columns: x => new { x.province_code, x.birth_outcome_id },
                        principalTable: "birth_outcomes",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_newborn_checks_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_newborn_checks_postnatal_visits_province_code_postnatal_visit_id",
                        columns: x => new { x.province_code, x.postnatal_visit_id },
                        principalTable: "postnatal_visits",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_admin_units_edition_parent_code",
                table: "admin_units",
                columns: new[] { "edition", "parent_code" });

            migrationBuilder.CreateIndex(
                name: "ix_aefi_reports_id",
                table: "aefi_reports",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_aefi_reports_org_unit_id_severity_onset_at",
                table: "aefi_reports",
                columns: new[] { "org_unit_id", "severity", "onset_at" });

            migrationBuilder.CreateIndex(
                name: "ix_aefi_reports_province_code_person_id",
                table: "aefi_reports",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_antenatal_contacts_id",
                table: "antenatal_contacts",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_antenatal_contacts_org_unit_id_contact_date",
                table: "antenatal_contacts",
                columns: new[] { "org_unit_id", "contact_date" });

            migrationBuilder.CreateIndex(
                name: "ix_antenatal_contacts_province_code_person_id",
                table: "antenatal_contacts",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_antenatal_contacts_province_code_pregnancy_id_contact_date",
                table: "antenatal_contacts",
                columns: new[] { "province_code", "pregnancy_id", "contact_date" });

            migrationBuilder.CreateIndex(
                name: "ix_arrivals_id",
                table: "arrivals",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_arrivals_org_unit_id_arrival_date_queue_number",
                table: "arrivals",
                columns: new[] { "org_unit_id", "arrival_date", "queue_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_arrivals_province_code_person_id_arrival_date",
                table: "arrivals",
                columns: new[] { "province_code", "person_id", "arrival_date" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_person_id_at",
                table: "audit_entries",
                columns: new[] { "person_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_user_id_at",
                table: "audit_entries",
                columns: new[] { "user_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_reads_user_id_at",
                table: "audit_reads",
                columns: new[] { "user_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_bhyt_claim_batches_station_id_from",
                table: "bhyt_claim_batches",
                columns: new[] { "station_id", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_bhyt_claims_org_unit_id_visit_date",
                table: "bhyt_claims",
                columns: new[] { "org_unit_id", "visit_date" });

            migrationBuilder.CreateIndex(
                name: "ix_bhyt_claims_province_code_encounter_id",
                table: "bhyt_claims",
                columns: new[] { "province_code", "encounter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_bhyt_claims_province_code_ma_lk_claim_version",
                table: "bhyt_claims",
                columns: new[] { "province_code", "ma_lk", "claim_version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_birth_outcomes_id",
                table: "birth_outcomes",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_birth_outcomes_province_code_delivery_id",
                table: "birth_outcomes",
                columns: new[] { "province_code", "delivery_id" });

            migrationBuilder.CreateIndex(
                name: "ix_birth_outcomes_province_code_newborn_person_id",
                table: "birth_outcomes",
                columns: new[] { "province_code", "newborn_person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_birth_outcomes_province_code_person_id",
                table: "birth_outcomes",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_case_lab_results_province_code_case_report_id_specimen_date",
                table: "case_lab_results",
                columns: new[] { "province_code", "case_report_id", "specimen_date" });

            migrationBuilder.CreateIndex(
                name: "ix_case_lab_results_province_code_person_id",
                table: "case_lab_results",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_case_reports_id",
                table: "case_reports",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_case_reports_org_unit_id_disease_code_onset_date",
                table: "case_reports",
                columns: new[] { "org_unit_id", "disease_code", "onset_date" });

            migrationBuilder.CreateIndex(
                name: "ix_case_reports_province_code_person_id",
                table: "case_reports",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_case_reports_source_encounter_id",
                table: "case_reports",
                column: "source_encounter_id");

            migrationBuilder.CreateIndex(
                name: "ix_chronic_enrolments_id",
                table: "chronic_enrolments",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_chronic_enrolments_org_unit_id_status_next_appointment",
                table: "chronic_enrolments",
                columns: new[] { "org_unit_id", "status", "next_appointment" });

            migrationBuilder.CreateIndex(
                name: "ix_chronic_enrolments_overdue",
                table: "chronic_enrolments",
                columns: new[] { "org_unit_id", "next_appointment" },
                filter: "status = 1");

            migrationBuilder.CreateIndex(
                name: "ix_chronic_enrolments_province_code_person_id_programme",
                table: "chronic_enrolments",
                columns: new[] { "province_code", "person_id", "programme" });

            migrationBuilder.CreateIndex(
                name: "ix_chronic_follow_ups_province_code_encounter_id",
                table: "chronic_follow_ups",
                columns: new[] { "province_code", "encounter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_chronic_follow_ups_province_code_enrolment_id_visit_date",
                table: "chronic_follow_ups",
                columns: new[] { "province_code", "enrolment_id", "visit_date" });

            migrationBuilder.CreateIndex(
                name: "ix_chronic_follow_ups_province_code_person_id",
                table: "chronic_follow_ups",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_supplies_id",
                table: "contraceptive_supplies",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_supplies_org_unit_id_given_on",
                table: "contraceptive_supplies",
                columns: new[] { "org_unit_id", "given_on" });

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_supplies_province_code_use_id",
                table: "contraceptive_supplies",
                columns: new[] { "province_code", "use_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_uses_id",
                table: "contraceptive_uses",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_uses_org_unit_id_stopped_on_next_supply_due",
                table: "contraceptive_uses",
                columns: new[] { "org_unit_id", "stopped_on", "next_supply_due" });

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_uses_province_code_person_id",
                table: "contraceptive_uses",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_criteria_assessments_criteria_set_id",
                table: "criteria_assessments",
                column: "criteria_set_id");

            migrationBuilder.CreateIndex(
                name: "ix_criteria_assessments_org_unit_id_criteria_set_id_year",
                table: "criteria_assessments",
                columns: new[] { "org_unit_id", "criteria_set_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_criteria_sets_code",
                table: "criteria_sets",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_id",
                table: "deliveries",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_org_unit_id_delivery_date",
                table: "deliveries",
                columns: new[] { "org_unit_id", "delivery_date" });

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_province_code_person_id",
                table: "deliveries",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_province_code_pregnancy_id",
                table: "deliveries",
                columns: new[] { "province_code", "pregnancy_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_encounter_diagnoses_province_code_encounter_id",
                table: "encounter_diagnoses",
                columns: new[] { "province_code", "encounter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_encounter_diagnoses_province_code_person_id_code",
                table: "encounter_diagnoses",
                columns: new[] { "province_code", "person_id", "code" });

            migrationBuilder.CreateIndex(
                name: "ix_encounter_revisions_province_code_encounter_id_version",
                table: "encounter_revisions",
                columns: new[] { "province_code", "encounter_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_encounters_facility_id_visit_date",
                table: "encounters",
                columns: new[] { "facility_id", "visit_date" });

            migrationBuilder.CreateIndex(
                name: "ix_encounters_id",
                table: "encounters",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_encounters_province_code_person_id_visit_date",
                table: "encounters",
                columns: new[] { "province_code", "person_id", "visit_date" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_measurements_id",
                table: "growth_measurements",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_growth_measurements_org_unit_id_measured_on",
                table: "growth_measurements",
                columns: new[] { "org_unit_id", "measured_on" });

            migrationBuilder.CreateIndex(
                name: "ix_growth_measurements_province_code_person_id_measured_on",
                table: "growth_measurements",
                columns: new[] { "province_code", "person_id", "measured_on" });

            migrationBuilder.CreateIndex(
                name: "ix_health_record_versions_province_code_person_id_version_no",
                table: "health_record_versions",
                columns: new[] { "province_code", "person_id", "version_no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_households_id",
                table: "households",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_households_org_unit_id_village_id",
                table: "households",
                columns: new[] { "org_unit_id", "village_id" });

            migrationBuilder.CreateIndex(
                name: "ix_households_province_code_code",
                table: "households",
                columns: new[] { "province_code", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_households_village_id",
                table: "households",
                column: "village_id");

            migrationBuilder.CreateIndex(
                name: "ix_immunization_doses_id",
                table: "immunization_doses",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_immunization_doses_org_unit_id_given_on",
                table: "immunization_doses",
                columns: new[] { "org_unit_id", "given_on" });

            migrationBuilder.CreateIndex(
                name: "ix_immunization_doses_province_code_person_id_given_on",
                table: "immunization_doses",
                columns: new[] { "province_code", "person_id", "given_on" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_breakdowns_indicator_code_period_org_unit_id_category",
                table: "indicator_breakdowns",
                columns: new[] { "indicator_code", "period", "org_unit_id", "category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_dirty_org_unit_id_period",
                table: "indicator_dirty",
                columns: new[] { "org_unit_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_results_indicator_code_org_unit_id_period",
                table: "indicator_results",
                columns: new[] { "indicator_code", "org_unit_id", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_indicator_results_org_unit_id_period",
                table: "indicator_results",
                columns: new[] { "org_unit_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_newborn_checks_id",
                table: "newborn_checks",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_newborn_checks_province_code_birth_outcome_id",
                table: "newborn_checks",
                columns: new[] { "province_code", "birth_outcome_id" });

            migrationBuilder.CreateIndex(
                name: "ix_newborn_checks_province_code_person_id",
                table: "newborn_checks",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_newborn_checks_province_code_postnatal_visit_id",
                table: "newborn_checks",
                columns: new[] { "province_code", "postnatal_visit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_notification_outbox_sent_at",
                table: "notification_outbox",
                column: "sent_at");

            migrationBuilder.CreateIndex(
                name: "ix_notification_reads_user_id",
                table: "notification_reads",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_org_unit_id_created_at",
                table: "notifications",
                columns: new[] { "org_unit_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_org_units_code",
                table: "org_units",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_units_parent_id",
                table: "org_units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_units_path",
                table: "org_units",
                column: "path");

            migrationBuilder.CreateIndex(
                name: "ix_people_cccd_province_code",
                table: "people",
                columns: new[] { "cccd", "province_code" },
                unique: true,
                filter: "cccd IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_people_id",
                table: "people",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_people_name_key_birth_year_commune_code",
                table: "people",
                columns: new[] { "name_key", "birth_year", "commune_code" });

            migrationBuilder.CreateIndex(
                name: "ix_people_org_unit_id_birth_date",
                table: "people",
                columns: new[] { "org_unit_id", "birth_date" });

            migrationBuilder.CreateIndex(
                name: "ix_people_phone",
                table: "people",
                column: "phone");

            migrationBuilder.CreateIndex(
                name: "ix_people_province_code_household_id",
                table: "people",
                columns: new[] { "province_code", "household_id" },
                filter: "household_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_people_social_insurance_number",
                table: "people",
                column: "social_insurance_number");

            migrationBuilder.CreateIndex(
                name: "ix_people_village_id",
                table: "people",
                column: "village_id");

            migrationBuilder.CreateIndex(
                name: "ix_population_figures_org_unit_id_year",
                table: "population_figures",
                columns: new[] { "org_unit_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_postnatal_visits_id",
                table: "postnatal_visits",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_postnatal_visits_province_code_delivery_id_visit_date",
                table: "postnatal_visits",
                columns: new[] { "province_code", "delivery_id", "visit_date" });

            migrationBuilder.CreateIndex(
                name: "ix_postnatal_visits_province_code_person_id",
                table: "postnatal_visits",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_pregnancies_id",
                table: "pregnancies",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_pregnancies_org_unit_id_first_contact_date",
                table: "pregnancies",
                columns: new[] { "org_unit_id", "first_contact_date" });

            migrationBuilder.CreateIndex(
                name: "ix_pregnancies_org_unit_id_status",
                table: "pregnancies",
                columns: new[] { "org_unit_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_pregnancies_province_code_person_id",
                table: "pregnancies",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_prescription_lines_province_code_encounter_id",
                table: "prescription_lines",
                columns: new[] { "province_code", "encounter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_prescription_lines_province_code_person_id",
                table: "prescription_lines",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_members_cccd",
                table: "staff_members",
                column: "cccd",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_members_org_unit_id",
                table: "staff_members",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_postings_from_unit_id",
                table: "staff_postings",
                column: "from_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_postings_org_unit_id_start",
                table: "staff_postings",
                columns: new[] { "org_unit_id", "start" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_postings_staff_id",
                table: "staff_postings",
                column: "staff_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_qualifications_staff_id",
                table: "staff_qualifications",
                column: "staff_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_training_staff_id_end",
                table: "staff_training",
                columns: new[] { "staff_id", "end" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_training_plans_org_unit_id_year",
                table: "staff_training_plans",
                columns: new[] { "org_unit_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_station_catchments_commune_code",
                table: "station_catchments",
                column: "commune_code");

            migrationBuilder.CreateIndex(
                name: "ix_station_equipment_org_unit_id",
                table: "station_equipment",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_station_facility_versions_org_unit_id_effective_from",
                table: "station_facility_versions",
                columns: new[] { "org_unit_id", "effective_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stock_lots_drug_code",
                table: "stock_lots",
                column: "drug_code");

            migrationBuilder.CreateIndex(
                name: "ix_stock_lots_id",
                table: "stock_lots",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_stock_lots_station_id_drug_code_expiry_date",
                table: "stock_lots",
                columns: new[] { "station_id", "drug_code", "expiry_date" });

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_province_code_lot_id",
                table: "stock_movements",
                columns: new[] { "province_code", "lot_id" });

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_province_code_prescription_line_id",
                table: "stock_movements",
                columns: new[] { "province_code", "prescription_line_id" });

            migrationBuilder.CreateIndex(
                name: "ix_stock_movements_station_id_on_date_lot_id",
                table: "stock_movements",
                columns: new[] { "station_id", "on_date", "lot_id" });

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alert_events_alert_id",
                table: "surveillance_alert_events",
                column: "alert_id");

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alert_weeks_alert_id",
                table: "surveillance_alert_weeks",
                column: "alert_id");

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alert_weeks_period",
                table: "surveillance_alert_weeks",
                column: "period");

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alerts_last_period",
                table: "surveillance_alerts",
                column: "last_period");

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alerts_org_unit_id_disease_code_period",
                table: "surveillance_alerts",
                columns: new[] { "org_unit_id", "disease_code", "period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alerts_status_org_unit_id",
                table: "surveillance_alerts",
                columns: new[] { "status", "org_unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_user_accounts_user_name",
                table: "user_accounts",
                column: "user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_org_units_org_unit_id",
                table: "user_org_units",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_sessions_user_id_ended_at",
                table: "user_sessions",
                columns: new[] { "user_id", "ended_at" });

            migrationBuilder.CreateIndex(
                name: "ix_vaccination_sessions_station_id_date",
                table: "vaccination_sessions",
                columns: new[] { "station_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_vitamin_a_doses_id",
                table: "vitamin_a_doses",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_vitamin_a_doses_org_unit_id_given_on",
                table: "vitamin_a_doses",
                columns: new[] { "org_unit_id", "given_on" });

            migrationBuilder.CreateIndex(
                name: "ix_vitamin_a_doses_province_code_person_id_given_on",
                table: "vitamin_a_doses",
                columns: new[] { "province_code", "person_id", "given_on" });

            // Hand-written (kept when the migrations were squashed, issue 14 item 9). Audit rows are append-only: the
            // database itself refuses updates and deletes of audit_entries and audit_reads (ADR 0005, ADR 0011).
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_reads_no_update BEFORE UPDATE ON audit_reads BEGIN SELECT RAISE(ABORT, 'audit_reads is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_reads_no_delete BEFORE DELETE ON audit_reads BEGIN SELECT RAISE(ABORT, 'audit_reads is append-only'); END;");

            // At most one active enrolment per resident and programme (status 1 = active), also under concurrency.
            migrationBuilder.Sql("CREATE UNIQUE INDEX ux_chronic_enrolments_active ON chronic_enrolments (province_code, person_id, programme) WHERE status = 1;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ux_chronic_enrolments_active;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_reads_no_update; DROP TRIGGER IF EXISTS audit_reads_no_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_entries_no_delete;");

            migrationBuilder.DropTable(
                name: "admin_unit_successors");

            migrationBuilder.DropTable(
                name: "admin_units");

            migrationBuilder.DropTable(
                name: "aefi_reports");

            migrationBuilder.DropTable(
                name: "antenatal_contacts");

            migrationBuilder.DropTable(
                name: "arrivals");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "audit_reads");

            migrationBuilder.DropTable(
                name: "bhyt_claim_batches");

            migrationBuilder.DropTable(
                name: "bhyt_claims");

            migrationBuilder.DropTable(
                name: "case_lab_results");

            migrationBuilder.DropTable(
                name: "chronic_follow_ups");

            migrationBuilder.DropTable(
                name: "contraceptive_supplies");

            migrationBuilder.DropTable(
                name: "criteria_assessments");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "encounter_diagnoses");

            migrationBuilder.DropTable(
                name: "encounter_revisions");

            migrationBuilder.DropTable(
                name: "growth_measurements");

            migrationBuilder.DropTable(
                name: "health_record_versions");

            migrationBuilder.DropTable(
                name: "icd10_codes");

            migrationBuilder.DropTable(
                name: "immunization_doses");

            migrationBuilder.DropTable(
                name: "immunization_high_risk_areas");

            migrationBuilder.DropTable(
                name: "indicator_breakdowns");

            migrationBuilder.DropTable(
                name: "indicator_dirty");

            migrationBuilder.DropTable(
                name: "indicator_results");

            migrationBuilder.DropTable(
                name: "job_leases");

            migrationBuilder.DropTable(
                name: "newborn_checks");

            migrationBuilder.DropTable(
                name: "notification_outbox");

            migrationBuilder.DropTable(
                name: "notification_reads");

            migrationBuilder.DropTable(
                name: "population_figures");

            migrationBuilder.DropTable(
                name: "prescription_lines");

            migrationBuilder.DropTable(
                name: "staff_postings");

            migrationBuilder.DropTable(
                name: "staff_qualifications");

            migrationBuilder.DropTable(
                name: "staff_training");

            migrationBuilder.DropTable(
                name: "staff_training_plans");

            migrationBuilder.DropTable(
                name: "station_catchments");

            migrationBuilder.DropTable(
                name: "station_equipment");

            migrationBuilder.DropTable(
                name: "station_facilities");

            migrationBuilder.DropTable(
                name: "station_facility_versions");

            migrationBuilder.DropTable(
                name: "station_services");

            migrationBuilder.DropTable(
                name: "stock_movements");

            migrationBuilder.DropTable(
                name: "surveillance_alert_events");

            migrationBuilder.DropTable(
                name: "surveillance_alert_weeks");

            migrationBuilder.DropTable(
                name: "user_org_units");

            migrationBuilder.DropTable(
                name: "user_sessions");

            migrationBuilder.DropTable(
                name: "vaccination_sessions");

            migrationBuilder.DropTable(
                name: "vitamin_a_doses");

            migrationBuilder.DropTable(
                name: "case_reports");

            migrationBuilder.DropTable(
                name: "chronic_enrolments");

            migrationBuilder.DropTable(
                name: "contraceptive_uses");

            migrationBuilder.DropTable(
                name: "criteria_sets");

            migrationBuilder.DropTable(
                name: "birth_outcomes");

            migrationBuilder.DropTable(
                name: "postnatal_visits");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "encounters");

            migrationBuilder.DropTable(
                name: "staff_members");

            migrationBuilder.DropTable(
                name: "stock_lots");

            migrationBuilder.DropTable(
                name: "surveillance_alerts");

            migrationBuilder.DropTable(
                name: "user_accounts");

            migrationBuilder.DropTable(
                name: "deliveries");

            migrationBuilder.DropTable(
                name: "drugs");

            migrationBuilder.DropTable(
                name: "pregnancies");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "households");

            migrationBuilder.DropTable(
                name: "org_units");
        }
    }
}
