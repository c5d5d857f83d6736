using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EncounterCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_encounters_province_code_person_id_visit_date",
                table: "encounters");

            migrationBuilder.CreateIndex(
                name: "ix_encounters_province_code_person_id_visit_date",
                table: "encounters",
                columns: new[] { "province_code", "person_id", "visit_date" })
                .Annotation("Npgsql:IndexInclude", new[] { "systolic", "diastolic", "capillary_glucose_mmol" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_encounters_province_code_person_id_visit_date",
                table: "encounters");

            migrationBuilder.CreateIndex(
                name: "ix_encounters_province_code_person_id_visit_date",
                table: "encounters",
                columns: new[] { "province_code", "person_id", "visit_date" });
        }
    }
}
