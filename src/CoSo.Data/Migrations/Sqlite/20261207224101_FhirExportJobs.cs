using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FhirExportJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fhir_export_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    request = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    transaction_time = table.Column<long>(type: "INTEGER", nullable: false),
                    directory = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    progress = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    outputs = table.Column<string>(type: "TEXT", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fhir_export_jobs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_fhir_export_jobs_expires_at",
                table: "fhir_export_jobs",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fhir_export_jobs");
        }
    }
}
