using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DiagnosisIdIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Keyset pages of visit diagnoses in id order (FHIR Condition search, bulk export), as the other clinical rows have.
            migrationBuilder.CreateIndex(
                name: "ix_encounter_diagnoses_id",
                table: "encounter_diagnoses",
                column: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_encounter_diagnoses_id",
                table: "encounter_diagnoses");
        }
    }
}
