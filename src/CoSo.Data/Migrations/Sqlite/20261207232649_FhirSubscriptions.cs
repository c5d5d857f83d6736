using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FhirSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fhir_subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    owner_client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    topic = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    filters = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    endpoint = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    headers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    events_since_start = table.Column<long>(type: "INTEGER", nullable: false),
                    consecutive_failures = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    server_base = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fhir_subscriptions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_fhir_subscriptions_owner_client_id",
                table: "fhir_subscriptions",
                column: "owner_client_id");

            migrationBuilder.CreateIndex(
                name: "ix_fhir_subscriptions_owner_user_id",
                table: "fhir_subscriptions",
                column: "owner_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_fhir_subscriptions_topic_status",
                table: "fhir_subscriptions",
                columns: new[] { "topic", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fhir_subscriptions");
        }
    }
}
