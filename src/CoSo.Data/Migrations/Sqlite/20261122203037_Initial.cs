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
                name: "indicator_dirty",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    marked_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    computed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_results", x => x.id);
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
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true)
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
                    read_at = table.Column<long>(type: "INTEGER", nullable: true)
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
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_accounts", x => x.id);
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
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "surveillance_alerts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    disease_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
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
                    purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                    systolic = table.Column<int>(type: "INTEGER", nullable: true),
                    diastolic = table.Column<int>(type: "INTEGER", nullable: true),
                    pulse = table.Column<int>(type: "INTEGER", nullable: true),
                    temperature_c = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    respiratory_rate = table.Column<int>(type: "INTEGER", nullable: true),
                    sp_o2 = table.Column<int>(type: "INTEGER", nullable: true),
                    weight_kg = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    height_cm = table.Column<double>(type: "REAL", precision: 5, scale: 1, nullable: true),
                    bmi = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    capillary_glucose_mmol = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    flags = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    notes = table.Column<string>(type: "TEXT", nullable: true),
                    disposition = table.Column<int>(type: "INTEGER", nullable: false),
                    follow_up_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    referred_to = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    bhyt_covered = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    first_contact_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    last_menstrual_period = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    expected_delivery_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
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
                    next_appointment = table.Column<DateOnly>(type: "TEXT", nullable: false)
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
                name: "prescription_lines",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    encounter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    drug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    strength = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    dose = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    quantity = table.Column<double>(type: "REAL", precision: 8, scale: 2, nullable: false),
                    days = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "ix_audit_entries_person_id_at",
                table: "audit_entries",
                columns: new[] { "person_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_user_id_at",
                table: "audit_entries",
                columns: new[] { "user_id", "at" });

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
                name: "ix_encounter_diagnoses_province_code_encounter_id",
                table: "encounter_diagnoses",
                columns: new[] { "province_code", "encounter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_encounter_diagnoses_province_code_person_id_code",
                table: "encounter_diagnoses",
                columns: new[] { "province_code", "person_id", "code" });

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
                name: "ix_notification_outbox_sent_at",
                table: "notification_outbox",
                column: "sent_at");

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
                name: "ix_people_bhyt_number",
                table: "people",
                column: "bhyt_number");

            migrationBuilder.CreateIndex(
                name: "ix_people_cccd",
                table: "people",
                column: "cccd");

            migrationBuilder.CreateIndex(
                name: "ix_people_id",
                table: "people",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_people_name_key",
                table: "people",
                column: "name_key");

            migrationBuilder.CreateIndex(
                name: "ix_people_org_unit_id_village_id",
                table: "people",
                columns: new[] { "org_unit_id", "village_id" });

            migrationBuilder.CreateIndex(
                name: "ix_people_phone",
                table: "people",
                column: "phone");

            migrationBuilder.CreateIndex(
                name: "ix_people_province_code_cccd",
                table: "people",
                columns: new[] { "province_code", "cccd" },
                unique: true,
                filter: "cccd IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_people_province_code_household_id",
                table: "people",
                columns: new[] { "province_code", "household_id" });

            migrationBuilder.CreateIndex(
                name: "ix_people_social_insurance_number",
                table: "people",
                column: "social_insurance_number");

            migrationBuilder.CreateIndex(
                name: "ix_people_village_id",
                table: "people",
                column: "village_id");

            migrationBuilder.CreateIndex(
                name: "ix_pregnancies_id",
                table: "pregnancies",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_pregnancies_org_unit_id_first_contact_date",
                table: "pregnancies",
                columns: new[] { "org_unit_id", "first_contact_date" });

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
                name: "ix_station_catchments_commune_code",
                table: "station_catchments",
                column: "commune_code");

            migrationBuilder.CreateIndex(
                name: "ix_station_equipment_org_unit_id",
                table: "station_equipment",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alert_events_alert_id",
                table: "surveillance_alert_events",
                column: "alert_id");

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alerts_org_unit_id_disease_code_method_period",
                table: "surveillance_alerts",
                columns: new[] { "org_unit_id", "disease_code", "method", "period" },
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
                name: "ix_vaccination_sessions_station_id_date",
                table: "vaccination_sessions",
                columns: new[] { "station_id", "date" });

            // Audit entries are append-only: the database itself refuses updates and deletes (ADR 0005).
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");

            // At most one active enrolment per resident and programme (status 1 = active), also under concurrency.
            migrationBuilder.Sql("CREATE UNIQUE INDEX ux_chronic_enrolments_active ON chronic_enrolments (province_code, person_id, programme) WHERE status = 1;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ux_chronic_enrolments_active;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_update; DROP TRIGGER IF EXISTS audit_entries_no_delete;");

            migrationBuilder.DropTable(
                name: "admin_unit_successors");

            migrationBuilder.DropTable(
                name: "admin_units");

            migrationBuilder.DropTable(
                name: "aefi_reports");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "case_reports");

            migrationBuilder.DropTable(
                name: "chronic_follow_ups");

            migrationBuilder.DropTable(
                name: "criteria_assessments");

            migrationBuilder.DropTable(
                name: "encounter_diagnoses");

            migrationBuilder.DropTable(
                name: "health_record_versions");

            migrationBuilder.DropTable(
                name: "icd10_codes");

            migrationBuilder.DropTable(
                name: "immunization_doses");

            migrationBuilder.DropTable(
                name: "indicator_dirty");

            migrationBuilder.DropTable(
                name: "indicator_results");

            migrationBuilder.DropTable(
                name: "notification_outbox");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "pregnancies");

            migrationBuilder.DropTable(
                name: "prescription_lines");

            migrationBuilder.DropTable(
                name: "staff_postings");

            migrationBuilder.DropTable(
                name: "staff_qualifications");

            migrationBuilder.DropTable(
                name: "staff_training");

            migrationBuilder.DropTable(
                name: "station_catchments");

            migrationBuilder.DropTable(
                name: "station_equipment");

            migrationBuilder.DropTable(
                name: "station_facilities");

            migrationBuilder.DropTable(
                name: "station_services");

            migrationBuilder.DropTable(
                name: "surveillance_alert_events");

            migrationBuilder.DropTable(
                name: "user_org_units");

            migrationBuilder.DropTable(
                name: "vaccination_sessions");

            migrationBuilder.DropTable(
                name: "chronic_enrolments");

            migrationBuilder.DropTable(
                name: "criteria_sets");

            migrationBuilder.DropTable(
                name: "encounters");

            migrationBuilder.DropTable(
                name: "staff_members");

            migrationBuilder.DropTable(
                name: "surveillance_alerts");

            migrationBuilder.DropTable(
                name: "user_accounts");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "households");

            migrationBuilder.DropTable(
                name: "org_units");
        }
    }
}
