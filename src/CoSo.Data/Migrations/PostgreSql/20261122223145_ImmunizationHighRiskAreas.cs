using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ImmunizationHighRiskAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_immunization_doses_province_code_person_id_given_on",
                table: "immunization_doses");

            migrationBuilder.CreateTable(
                name: "immunization_high_risk_areas",
                columns: table => new
                {
                    station_id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    marked_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    marked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "ix_immunization_doses_province_code_person_id_given_on",
                table: "immunization_doses",
                columns: new[] { "province_code", "person_id", "given_on" })
                .Annotation("Npgsql:IndexInclude", new[] { "vaccine", "dose_number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "immunization_high_risk_areas");

            migrationBuilder.DropIndex(
                name: "ix_people_org_unit_id_birth_date",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_immunization_doses_province_code_person_id_given_on",
                table: "immunization_doses");

            migrationBuilder.CreateIndex(
                name: "ix_immunization_doses_province_code_person_id_given_on",
                table: "immunization_doses",
                columns: new[] { "province_code", "person_id", "given_on" });
        }
    }
}
