using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BreakdownsLabResultsFacilityHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "staff_members",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "notification_outbox",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_attempt_at",
                table: "notification_outbox",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "notification_outbox",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_lab_results",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    test = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    specimen_date = table.Column<DateOnly>(type: "date", nullable: false),
                    result = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    lab = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "indicator_breakdowns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    indicator_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    numerator = table.Column<long>(type: "bigint", nullable: false),
                    denominator = table.Column<long>(type: "bigint", nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_breakdowns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notification_reads",
                columns: table => new
                {
                    notification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "station_facility_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    building_condition = table.Column<int>(type: "integer", nullable: false),
                    build_year = table.Column<int>(type: "integer", nullable: true),
                    rooms = table.Column<int>(type: "integer", nullable: false),
                    clean_water = table.Column<bool>(type: "boolean", nullable: false),
                    electricity = table.Column<bool>(type: "boolean", nullable: false),
                    internet = table.Column<bool>(type: "boolean", nullable: false),
                    medicine_categories = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    bhyt_eligible = table.Column<bool>(type: "boolean", nullable: false),
                    bhyt_contract_start = table.Column<DateOnly>(type: "date", nullable: true),
                    bhyt_contract_end = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "ix_chronic_enrolments_overdue",
                table: "chronic_enrolments",
                columns: new[] { "org_unit_id", "next_appointment" },
                filter: "status = 1");

            migrationBuilder.CreateIndex(
                name: "ix_case_lab_results_province_code_case_report_id_specimen_date",
                table: "case_lab_results",
                columns: new[] { "province_code", "case_report_id", "specimen_date" });

            migrationBuilder.CreateIndex(
                name: "ix_case_lab_results_province_code_person_id",
                table: "case_lab_results",
                columns: new[] { "province_code", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_breakdowns_indicator_code_period_org_unit_id_cate",
                table: "indicator_breakdowns",
                columns: new[] { "indicator_code", "period", "org_unit_id", "category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notification_reads_user_id",
                table: "notification_reads",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_station_facility_versions_org_unit_id_effective_from",
                table: "station_facility_versions",
                columns: new[] { "org_unit_id", "effective_from" },
                unique: true);

            // Hand-added: the current facility record of each station becomes its first dated version (in force from
            // 2000-01-01, so past periods compute as before), and existing staff rows start at version 1 (ETag).
            migrationBuilder.Sql("""
                INSERT INTO station_facility_versions (id, org_unit_id, effective_from, building_condition, build_year, rooms, clean_water,
                    electricity, internet, medicine_categories, bhyt_eligible, bhyt_contract_start, bhyt_contract_end, recorded_at)
                SELECT gen_random_uuid(), f.org_unit_id, DATE '2000-01-01', f.building_condition, f.build_year, f.rooms, f.clean_water,
                    f.electricity, f.internet, f.medicine_categories, f.bhyt_eligible, f.bhyt_contract_start, f.bhyt_contract_end, f.updated_at
                FROM station_facilities f
                WHERE NOT EXISTS (SELECT 1 FROM station_facility_versions v WHERE v.org_unit_id = f.org_unit_id);
                UPDATE staff_members SET version = 1 WHERE version = 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_lab_results");

            migrationBuilder.DropTable(
                name: "indicator_breakdowns");

            migrationBuilder.DropTable(
                name: "notification_reads");

            migrationBuilder.DropTable(
                name: "station_facility_versions");

            migrationBuilder.DropIndex(
                name: "ix_chronic_enrolments_overdue",
                table: "chronic_enrolments");

            migrationBuilder.DropColumn(
                name: "version",
                table: "staff_members");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "notification_outbox");

            migrationBuilder.DropColumn(
                name: "last_attempt_at",
                table: "notification_outbox");

            migrationBuilder.DropColumn(
                name: "last_error",
                table: "notification_outbox");
        }
    }
}
