using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VillageApp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "home_visits",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    village_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    visited_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    systolic = table.Column<int>(type: "INTEGER", nullable: true),
                    diastolic = table.Column<int>(type: "INTEGER", nullable: true),
                    glucose_mmol = table.Column<double>(type: "REAL", precision: 4, scale: 1, nullable: true),
                    weight_kg = table.Column<double>(type: "REAL", precision: 5, scale: 2, nullable: true),
                    took_medicine = table.Column<bool>(type: "INTEGER", nullable: true),
                    referral_advised = table.Column<bool>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    recorded_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_home_visits", x => new { x.province_code, x.id });
                });

            migrationBuilder.CreateTable(
                name: "village_changes",
                columns: table => new
                {
                    seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    village_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    changed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_village_changes", x => x.seq);
                });

            migrationBuilder.CreateTable(
                name: "village_devices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    station_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_sync_at = table.Column<long>(type: "INTEGER", nullable: true),
                    pending_on_device = table.Column<int>(type: "INTEGER", nullable: false),
                    failed_on_device = table.Column<int>(type: "INTEGER", nullable: false),
                    revoked_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revoked_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    wiped_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_village_devices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "village_submissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    village_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    device_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    sub_kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    data = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: false),
                    @base = table.Column<string>(name: "base", type: "TEXT", maxLength: 2048, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    errors = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: true),
                    conflict_field = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    phone_value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    station_value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    created_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    received_at = table.Column<long>(type: "INTEGER", nullable: false),
                    handled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    handled_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    resolution = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_village_submissions", x => new { x.province_code, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_home_visits_province_code_person_id_visited_on",
                table: "home_visits",
                columns: new[] { "province_code", "person_id", "visited_on" });

            migrationBuilder.CreateIndex(
                name: "ix_village_changes_village_id_seq",
                table: "village_changes",
                columns: new[] { "village_id", "seq" });

            migrationBuilder.CreateIndex(
                name: "ix_village_devices_station_id",
                table: "village_devices",
                column: "station_id");

            migrationBuilder.CreateIndex(
                name: "ix_village_devices_user_id",
                table: "village_devices",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_village_submissions_org_unit_id_received_at",
                table: "village_submissions",
                columns: new[] { "org_unit_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_village_submissions_user_id_received_at",
                table: "village_submissions",
                columns: new[] { "user_id", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "home_visits");

            migrationBuilder.DropTable(
                name: "village_changes");

            migrationBuilder.DropTable(
                name: "village_devices");

            migrationBuilder.DropTable(
                name: "village_submissions");
        }
    }
}
