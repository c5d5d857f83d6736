using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OneAlertPerEvent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "last_period",
                table: "surveillance_alerts",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "week_count",
                table: "surveillance_alerts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "surveillance_alert_weeks",
                columns: table => new
                {
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    disease_code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    alert_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    evidence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false),
                    mean = table.Column<double>(type: "REAL", nullable: true),
                    standard_deviation = table.Column<double>(type: "REAL", nullable: true),
                    upper_bound = table.Column<double>(type: "REAL", nullable: true),
                    statistic = table.Column<double>(type: "REAL", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_surveillance_alert_weeks", x => new { x.org_unit_id, x.disease_code, x.period });
                    table.ForeignKey(
                        name: "fk_surveillance_alert_weeks_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_surveillance_alert_weeks_surveillance_alerts_alert_id",
                        column: x => x.alert_id,
                        principalTable: "surveillance_alerts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Alerts stored before one alert per event each become a one-week alert holding their own week; they are not
            // merged with one another (their workflows are users' decisions).
            migrationBuilder.Sql("UPDATE surveillance_alerts SET last_period = period, week_count = 1;");
            migrationBuilder.Sql("""
                INSERT INTO surveillance_alert_weeks (org_unit_id, disease_code, period, alert_id, evaluated_on, method, evidence, count, mean,
                    standard_deviation, upper_bound, statistic, created_at)
                SELECT org_unit_id, disease_code, period, id, evaluated_on, method, CASE WHEN evidence = '' THEN method ELSE evidence END, count,
                    mean, standard_deviation, upper_bound, statistic, created_at
                FROM surveillance_alerts;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alerts_last_period",
                table: "surveillance_alerts",
                column: "last_period");

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alert_weeks_alert_id",
                table: "surveillance_alert_weeks",
                column: "alert_id");

            migrationBuilder.CreateIndex(
                name: "ix_surveillance_alert_weeks_period",
                table: "surveillance_alert_weeks",
                column: "period");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "surveillance_alert_weeks");

            migrationBuilder.DropIndex(
                name: "ix_surveillance_alerts_last_period",
                table: "surveillance_alerts");

            migrationBuilder.DropColumn(
                name: "last_period",
                table: "surveillance_alerts");

            migrationBuilder.DropColumn(
                name: "week_count",
                table: "surveillance_alerts");
        }
    }
}
