using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Maternal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "abortions",
                table: "pregnancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "anaemia",
                table: "pregnancies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "call_attempts",
                table: "pregnancies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "confirmed_on",
                table: "pregnancies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "diabetes",
                table: "pregnancies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "end_reason",
                table: "pregnancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ended_on",
                table: "pregnancies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "first_contact_gestation_weeks",
                table: "pregnancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "gravida",
                table: "pregnancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "hepatitis_b_status",
                table: "pregnancies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "hiv_status",
                table: "pregnancies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "hypertension",
                table: "pregnancies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "last_call_on",
                table: "pregnancies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "last_call_outcome",
                table: "pregnancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "living_children",
                table: "pregnancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "notes",
                table: "pregnancies",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "preterm_births",
                table: "pregnancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "previous_caesarean",
                table: "pregnancies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "reported_by_user_id",
                table: "pregnancies",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "snoozed_until",
                table: "pregnancies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "status",
                table: "pregnancies",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "syphilis_status",
                table: "pregnancies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "term_births",
                table: "pregnancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ultrasound_date",
                table: "pregnancies",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ultrasound_gestation_days",
                table: "pregnancies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "pregnancies",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "pregnancies",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "notifications",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "link",
                table: "notifications",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "antenatal_contacts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pregnancy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contact_date = table.Column<DateOnly>(type: "date", nullable: false),
                    weight_kg = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    systolic = table.Column<int>(type: "integer", nullable: true),
                    diastolic = table.Column<int>(type: "integer", nullable: true),
                    proteinuria = table.Column<int>(type: "integer", nullable: false),
                    fundal_height_cm = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    fetal_heart_rate = table.Column<int>(type: "integer", nullable: true),
                    haemoglobin_gdl = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    hiv_test = table.Column<int>(type: "integer", nullable: false),
                    syphilis_test = table.Column<int>(type: "integer", nullable: false),
                    hbs_ag_test = table.Column<int>(type: "integer", nullable: false),
                    fasting_glucose_mmol = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    iron_folic_tablets = table.Column<int>(type: "integer", nullable: true),
                    notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pregnancy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    delivery_date = table.Column<DateOnly>(type: "date", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    place = table.Column<int>(type: "integer", nullable: false),
                    place_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    attendant = table.Column<int>(type: "integer", nullable: false),
                    mode = table.Column<int>(type: "integer", nullable: false),
                    complications = table.Column<int>(type: "integer", nullable: false),
                    complication_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    referred = table.Column<bool>(type: "boolean", nullable: false),
                    referred_to = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    maternal_death = table.Column<bool>(type: "boolean", nullable: false),
                    maternal_death_date = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    delivery_id = table.Column<Guid>(type: "uuid", nullable: false),
                    birth_order = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    sex = table.Column<int>(type: "integer", nullable: true),
                    birth_weight_grams = table.Column<int>(type: "integer", nullable: true),
                    birth_length_cm = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    born_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    newborn_person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    neonatal_death_date = table.Column<DateOnly>(type: "date", nullable: true)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    delivery_id = table.Column<Guid>(type: "uuid", nullable: false),
                    visit_date = table.Column<DateOnly>(type: "date", nullable: false),
                    at_home = table.Column<bool>(type: "boolean", nullable: false),
                    systolic = table.Column<int>(type: "integer", nullable: true),
                    diastolic = table.Column<int>(type: "integer", nullable: true),
                    temperature_c = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    danger_signs = table.Column<int>(type: "integer", nullable: false),
                    family_planning_counselled = table.Column<bool>(type: "boolean", nullable: false),
                    referred = table.Column<bool>(type: "boolean", nullable: false),
                    notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    postnatal_visit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    birth_outcome_id = table.Column<Guid>(type: "uuid", nullable: false),
                    weight_grams = table.Column<int>(type: "integer", nullable: true),
                    temperature_c = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    danger_signs = table.Column<int>(type: "integer", nullable: false),
                    breastfeeding = table.Column<int>(type: "integer", nullable: true),
                    kangaroo_care = table.Column<bool>(type: "boolean", nullable: false),
                    referred = table.Column<bool>(type: "boolean", nullable: false)
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
                        name: "fk_newborn_checks_postnatal_visits_province_code_postnatal_vis",
                        columns: x => new { x.province_code, x.postnatal_visit_id },
                        principalTable: "postnatal_visits",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pregnancies_org_unit_id_status",
                table: "pregnancies",
                columns: new[] { "org_unit_id", "status" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "antenatal_contacts");

            migrationBuilder.DropTable(
                name: "newborn_checks");

            migrationBuilder.DropTable(
                name: "birth_outcomes");

            migrationBuilder.DropTable(
                name: "postnatal_visits");

            migrationBuilder.DropTable(
                name: "deliveries");

            migrationBuilder.DropIndex(
                name: "ix_pregnancies_org_unit_id_status",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "abortions",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "anaemia",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "call_attempts",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "confirmed_on",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "diabetes",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "end_reason",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "ended_on",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "first_contact_gestation_weeks",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "gravida",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "hepatitis_b_status",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "hiv_status",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "hypertension",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "last_call_on",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "last_call_outcome",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "living_children",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "notes",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "preterm_births",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "previous_caesarean",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "reported_by_user_id",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "snoozed_until",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "status",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "syphilis_status",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "term_births",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "ultrasound_date",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "ultrasound_gestation_days",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "version",
                table: "pregnancies");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "link",
                table: "notifications");
        }
    }
}
