using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BhytClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "bhyt_head_number",
                table: "org_units",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bhyt_claim_batches");

            migrationBuilder.DropTable(
                name: "bhyt_claims");

            migrationBuilder.DropColumn(
                name: "bhyt_head_number",
                table: "org_units");
        }
    }
}
