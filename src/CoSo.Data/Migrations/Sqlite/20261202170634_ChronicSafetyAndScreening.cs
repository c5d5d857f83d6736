using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "prediabetes",
                table: "health_record_versions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<double>(
                name: "waist_cm",
                table: "encounters",
                type: "REAL",
                precision: 5,
                scale: 1,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "diagnosis_code",
                table: "chronic_enrolments",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "older_adult_health",
                table: "chronic_enrolments",
                type: "INTEGER",
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
