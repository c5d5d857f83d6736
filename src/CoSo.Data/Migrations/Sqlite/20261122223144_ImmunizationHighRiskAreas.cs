using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImmunizationHighRiskAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_people_org_unit_id_birth_date",
                table: "people",
                columns: new[] { "org_unit_id", "birth_date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "immunization_high_risk_areas");

            migrationBuilder.DropIndex(
                name: "ix_people_org_unit_id_birth_date",
                table: "people");
        }
    }
}
