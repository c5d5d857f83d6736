using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ChronicSafetyAndScreening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "gestational_diabetes",
                table: "health_record_versions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "prediabetes",
                table: "health_record_versions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<decimal>(
                name: "waist_cm",
                table: "encounters",
                type: "numeric(5,1)",
                precision: 5,
                scale: 1,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "diagnosis_code",
                table: "chronic_enrolments",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "older_adult_health",
                table: "chronic_enrolments",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "gestational_diabetes",
                table: "health_record_versions");

            migrationBuilder.DropColumn(
                name: "prediabetes",
                table: "health_record_versions");

            migrationBuilder.DropColumn(
                name: "waist_cm",
                table: "encounters");

            migrationBuilder.DropColumn(
                name: "diagnosis_code",
                table: "chronic_enrolments");

            migrationBuilder.DropColumn(
                name: "older_adult_health",
                table: "chronic_enrolments");
        }
    }
}
