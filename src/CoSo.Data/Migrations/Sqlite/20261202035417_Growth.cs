using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Growth : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "growth_measurements");
        }
    }
}
