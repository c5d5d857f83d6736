using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CitusKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_vaccination_sessions",
                table: "vaccination_sessions");

            migrationBuilder.DropPrimaryKey(
                name: "pk_bhyt_claim_batches",
                table: "bhyt_claim_batches");

            migrationBuilder.DropIndex(
                name: "ix_arrivals_org_unit_id_arrival_date_queue_number",
                table: "arrivals");

            migrationBuilder.AddPrimaryKey(
                name: "pk_vaccination_sessions",
                table: "vaccination_sessions",
                columns: new[] { "province_code", "id" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_bhyt_claim_batches",
                table: "bhyt_claim_batches",
                columns: new[] { "province_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_vaccination_sessions_id",
                table: "vaccination_sessions",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_bhyt_claim_batches_id",
                table: "bhyt_claim_batches",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_arrivals_org_unit_id",
                table: "arrivals",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_arrivals_province_code_org_unit_id_arrival_date_queue_number",
                table: "arrivals",
                columns: new[] { "province_code", "org_unit_id", "arrival_date", "queue_number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_vaccination_sessions",
                table: "vaccination_sessions");

            migrationBuilder.DropIndex(
                name: "ix_vaccination_sessions_id",
                table: "vaccination_sessions");

            migrationBuilder.DropPrimaryKey(
                name: "pk_bhyt_claim_batches",
                table: "bhyt_claim_batches");

            migrationBuilder.DropIndex(
                name: "ix_bhyt_claim_batches_id",
                table: "bhyt_claim_batches");

            migrationBuilder.DropIndex(
                name: "ix_arrivals_org_unit_id",
                table: "arrivals");

            migrationBuilder.DropIndex(
                name: "ix_arrivals_province_code_org_unit_id_arrival_date_queue_number",
                table: "arrivals");

            migrationBuilder.AddPrimaryKey(
                name: "pk_vaccination_sessions",
                table: "vaccination_sessions",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_bhyt_claim_batches",
                table: "bhyt_claim_batches",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_arrivals_org_unit_id_arrival_date_queue_number",
                table: "arrivals",
                columns: new[] { "org_unit_id", "arrival_date", "queue_number" },
                unique: true);
        }
    }
}
