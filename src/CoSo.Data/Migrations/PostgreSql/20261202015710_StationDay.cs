using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StationDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "dose",
                table: "prescription_lines",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "allergy_override_reason",
                table: "prescription_lines",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "bhyt_covered",
                table: "prescription_lines",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "dispensed_quantity",
                table: "prescription_lines",
                type: "numeric(8,2)",
                precision: 8,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "dispensed_value",
                table: "prescription_lines",
                type: "numeric(14,2)",
                precision: 14,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "dose_per_take",
                table: "prescription_lines",
                type: "numeric(8,2)",
                precision: 8,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "drug_code",
                table: "prescription_lines",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "times_per_day",
                table: "prescription_lines",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "unit",
                table: "prescription_lines",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "arrival_id",
                table: "encounters",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "bhyt_benefit_percent",
                table: "encounters",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "bhyt_category",
                table: "encounters",
                type: "character varying(5)",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "bhyt_rule_id",
                table: "encounters",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "encounters",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "void_reason",
                table: "encounters",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "voided",
                table: "encounters",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "voided_at",
                table: "encounters",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "voided_by_user_id",
                table: "encounters",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "previous_appointment",
                table: "chronic_follow_ups",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "arrivals",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    arrival_date = table.Column<DateOnly>(type: "date", nullable: false),
                    arrived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    queue_number = table.Column<int>(type: "integer", nullable: false),
                    priority = table.Column<bool>(type: "boolean", nullable: false),
                    emergency = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    called_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    called_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    called_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    encounter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    paper_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    bhyt_number = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    bhyt_covered = table.Column<bool>(type: "boolean", nullable: false),
                    bhyt_category = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    bhyt_benefit_percent = table.Column<int>(type: "integer", nullable: false),
                    bhyt_rule_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                name: "drugs",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    active_ingredient = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    strength = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    form = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    route = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    bhyt_covered = table.Column<bool>(type: "boolean", nullable: false),
                    bhyt_list_no = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    atc = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    group = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    min_stock = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    allergy_terms = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    search_key = table.Column<string>(type: "character varying(350)", maxLength: 350, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_drugs", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "encounter_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    encounter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    snapshot = table.Column<string>(type: "text", nullable: false),
                    change = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    changed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                name: "stock_lots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    drug_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    lot_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    expiry_date = table.Column<DateOnly>(type: "date", nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    supplier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                name: "stock_movements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    drug_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    on_date = table.Column<DateOnly>(type: "date", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    encounter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    prescription_line_id = table.Column<Guid>(type: "uuid", nullable: true),
                    counterpart_station_id = table.Column<Guid>(type: "uuid", nullable: true)
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
                name: "ix_encounter_revisions_province_code_encounter_id_version",
                table: "encounter_revisions",
                columns: new[] { "province_code", "encounter_id", "version" },
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "arrivals");

            migrationBuilder.DropTable(
                name: "encounter_revisions");

            migrationBuilder.DropTable(
                name: "stock_movements");

            migrationBuilder.DropTable(
                name: "stock_lots");

            migrationBuilder.DropTable(
                name: "drugs");

            migrationBuilder.DropColumn(
                name: "allergy_override_reason",
                table: "prescription_lines");

            migrationBuilder.DropColumn(
                name: "bhyt_covered",
                table: "prescription_lines");

            migrationBuilder.DropColumn(
                name: "dispensed_quantity",
                table: "prescription_lines");

            migrationBuilder.DropColumn(
                name: "dispensed_value",
                table: "prescription_lines");

            migrationBuilder.DropColumn(
                name: "dose_per_take",
                table: "prescription_lines");

            migrationBuilder.DropColumn(
                name: "drug_code",
                table: "prescription_lines");

            migrationBuilder.DropColumn(
                name: "times_per_day",
                table: "prescription_lines");

            migrationBuilder.DropColumn(
                name: "unit",
                table: "prescription_lines");

            migrationBuilder.DropColumn(
                name: "arrival_id",
                table: "encounters");

            migrationBuilder.DropColumn(
                name: "bhyt_benefit_percent",
                table: "encounters");

            migrationBuilder.DropColumn(
                name: "bhyt_category",
                table: "encounters");

            migrationBuilder.DropColumn(
                name: "bhyt_rule_id",
                table: "encounters");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "encounters");

            migrationBuilder.DropColumn(
                name: "void_reason",
                table: "encounters");

            migrationBuilder.DropColumn(
                name: "voided",
                table: "encounters");

            migrationBuilder.DropColumn(
                name: "voided_at",
                table: "encounters");

            migrationBuilder.DropColumn(
                name: "voided_by_user_id",
                table: "encounters");

            migrationBuilder.DropColumn(
                name: "previous_appointment",
                table: "chronic_follow_ups");

            migrationBuilder.AlterColumn<string>(
                name: "dose",
                table: "prescription_lines",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }
    }
}
