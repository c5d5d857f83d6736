using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
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
                    old_commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    new_commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    is_primary = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admin_unit_successors", x => new { x.old_commune_code, x.new_commune_code });
                });

            migrationBuilder.CreateTable(
                name: "admin_units",
                columns: table => new
                {
                    edition = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    parent_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admin_units", x => new { x.edition, x.code });
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    remote_address = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "icd10_codes",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name_vi = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name_en = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    search_key = table.Column<string>(type: "character varying(420)", maxLength: 420, nullable: false, collation: "C"),
                    chapter = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_icd10_codes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    path = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false),
                    depth = table.Column<int>(type: "integer", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    admin_unit_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    bhyt_facility_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    population = table.Column<int>(type: "integer", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    password_hash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    failed_sign_ins = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "households",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    village_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    address_line = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    head_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                name: "station_catchments",
                columns: table => new
                {
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false)
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
                name: "user_org_units",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    village_id = table.Column<Guid>(type: "uuid", nullable: true),
                    commune_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    household_id = table.Column<Guid>(type: "uuid", nullable: true),
                    relationship_to_head = table.Column<int>(type: "integer", nullable: true),
                    cccd = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    full_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    birth_year = table.Column<int>(type: "integer", nullable: false),
                    sex = table.Column<int>(type: "integer", nullable: false),
                    ethnicity_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    phone = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    address_line = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    bhyt_number = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    social_insurance_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    bhyt_valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    bhyt_valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    bhyt_facility_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    is_deceased = table.Column<bool>(type: "boolean", nullable: false),
                    deceased_on = table.Column<DateOnly>(type: "date", nullable: true),
                    moved_away = table.Column<bool>(type: "boolean", nullable: false),
                    moved_away_on = table.Column<DateOnly>(type: "date", nullable: true),
                    needs_duplicate_review = table.Column<bool>(type: "boolean", nullable: false),
                    merged_into_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                name: "encounters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    facility_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    staff_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    visit_date = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    systolic = table.Column<int>(type: "integer", nullable: true),
                    diastolic = table.Column<int>(type: "integer", nullable: true),
                    pulse = table.Column<int>(type: "integer", nullable: true),
                    temperature_c = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    respiratory_rate = table.Column<int>(type: "integer", nullable: true),
                    sp_o2 = table.Column<int>(type: "integer", nullable: true),
                    weight_kg = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    height_cm = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    bmi = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    capillary_glucose_mmol = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    flags = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    notes = table.Column<string>(type: "text", nullable: true),
                    disposition = table.Column<int>(type: "integer", nullable: false),
                    follow_up_date = table.Column<DateOnly>(type: "date", nullable: true),
                    referred_to = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    bhyt_covered = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version_no = table.Column<int>(type: "integer", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    blood_group_abo = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    blood_group_rh = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    tobacco = table.Column<int>(type: "integer", nullable: false),
                    alcohol = table.Column<int>(type: "integer", nullable: false),
                    physically_active = table.Column<bool>(type: "boolean", nullable: true),
                    diet_notes = table.Column<string>(type: "text", nullable: true),
                    chronic_condition_codes = table.Column<string>(type: "text", nullable: true),
                    medical_history = table.Column<string>(type: "text", nullable: true),
                    surgical_history = table.Column<string>(type: "text", nullable: true),
                    family_hypertension = table.Column<bool>(type: "boolean", nullable: false),
                    family_diabetes = table.Column<bool>(type: "boolean", nullable: false),
                    family_history = table.Column<string>(type: "text", nullable: true),
                    allergy_drugs = table.Column<string>(type: "text", nullable: true),
                    allergy_food = table.Column<string>(type: "text", nullable: true),
                    allergy_other = table.Column<string>(type: "text", nullable: true),
                    disabilities = table.Column<string>(type: "text", nullable: true),
                    occupational_exposure = table.Column<string>(type: "text", nullable: true),
                    reproductive_health = table.Column<string>(type: "text", nullable: true),
                    other_problems = table.Column<string>(type: "text", nullable: true)
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
                name: "encounter_diagnoses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    encounter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name_vi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_main = table.Column<bool>(type: "boolean", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    encounter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    drug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    strength = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    dose = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    quantity = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    days = table.Column<int>(type: "integer", nullable: false)
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
                name: "ix_audit_entries_person_id_at",
                table: "audit_entries",
                columns: new[] { "person_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_user_id_at",
                table: "audit_entries",
                columns: new[] { "user_id", "at" });

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
                name: "ix_prescription_lines_province_code_encounter_id",
                table: "prescription_lines",
                columns: new[] { "province_code", "encounter_id" });

            migrationBuilder.CreateIndex(
                name: "ix_prescription_lines_province_code_person_id",
                table: "prescription_lines",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_station_catchments_commune_code",
                table: "station_catchments",
                column: "commune_code");

            migrationBuilder.CreateIndex(
                name: "ix_user_accounts_user_name",
                table: "user_accounts",
                column: "user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_org_units_org_unit_id",
                table: "user_org_units",
                column: "org_unit_id");

            // Audit entries are append-only: the database itself refuses updates and deletes (ADR 0005).
            migrationBuilder.Sql(@"CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_entries is append-only'; END; $$;
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_no_update ON audit_entries; DROP FUNCTION IF EXISTS audit_entries_append_only();");

            migrationBuilder.DropTable(
                name: "admin_unit_successors");

            migrationBuilder.DropTable(
                name: "admin_units");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "encounter_diagnoses");

            migrationBuilder.DropTable(
                name: "health_record_versions");

            migrationBuilder.DropTable(
                name: "icd10_codes");

            migrationBuilder.DropTable(
                name: "prescription_lines");

            migrationBuilder.DropTable(
                name: "station_catchments");

            migrationBuilder.DropTable(
                name: "user_org_units");

            migrationBuilder.DropTable(
                name: "encounters");

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
