using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OneAlertPerAreaDiseaseWeek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_surveillance_alerts_org_unit_id_disease_code_method_period",
                table: "surveillance_alerts");

            migrationBuilder.AddColumn<string>(
                name: "evidence",
                table: "surveillance_alerts",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");


            // One alert per area × disease × week: the methods of a week's alerts become the evidence of the one kept
            // (the one with the most workflow events, then threshold, C1, C2, C3); the others go with their events.
            migrationBuilder.Sql("""
                UPDATE surveillance_alerts SET evidence = (
                    SELECT string_agg(m.method, ',') FROM (
                        SELECT o.method FROM surveillance_alerts o
                        WHERE o.org_unit_id = surveillance_alerts.org_unit_id AND o.disease_code = surveillance_alerts.disease_code
                          AND o.period = surveillance_alerts.period
                        ORDER BY CASE o.method WHEN 'threshold' THEN 0 WHEN 'C1' THEN 1 WHEN 'C2' THEN 2 ELSE 3 END) m);
                """);
            migrationBuilder.Sql("""
                DELETE FROM surveillance_alerts WHERE id IN (
                    SELECT id FROM (
                        SELECT a.id, ROW_NUMBER() OVER (PARTITION BY a.org_unit_id, a.disease_code, a.period
                            ORDER BY (SELECT COUNT(*) FROM surveillance_alert_events e WHERE e.alert_id = a.id) DESC,
                                CASE a.method WHEN 'threshold' THEN 0 WHEN 'C1' THEN 1 WHEN 'C2' THEN 2 ELSE 3 END) AS n
                        FROM surveillance_alerts a) ranked
                    WHERE n > 1);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alerts_org_unit_id_disease_code_period",
                table: "surveillance_alerts",
                columns: new[] { "org_unit_id", "disease_code", "period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_surveillance_alerts_org_unit_id_disease_code_period",
                table: "surveillance_alerts");

            migrationBuilder.DropColumn(
                name: "evidence",
                table: "surveillance_alerts");

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alerts_org_unit_id_disease_code_method_period",
                table: "surveillance_alerts",
                columns: new[] { "org_unit_id", "disease_code", "method", "period" },
                unique: true);
        }
    }
}
