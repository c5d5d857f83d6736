using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PopulationFiguresTrainingPlansPartTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // T11 changed meaning (per clinician CME → per facility plan): the stored CME figures keep their history under
            // the report indicator's code; T11 is computed anew from the plans.
            migrationBuilder.Sql("UPDATE indicator_results SET indicator_code = 'HR.cmeOnSchedule' WHERE indicator_code = 'T11';");

            migrationBuilder.AddColumn<bool>(
                name: "part_time",
                table: "staff_postings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "population",
                table: "indicator_results",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "population_figures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    population = table.Column<long>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_population_figures", x => x.id);
                    table.ForeignKey(
                        name: "fk_population_figures_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_training_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    planned_staff = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_training_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_training_plans_org_units_org_unit_id",
                        column: x => x.org_unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_population_figures_org_unit_id_year",
                table: "population_figures",
                columns: new[] { "org_unit_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_training_plans_org_unit_id_year",
                table: "staff_training_plans",
                columns: new[] { "org_unit_id", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM indicator_results WHERE indicator_code = 'T11';");
            migrationBuilder.Sql("UPDATE indicator_results SET indicator_code = 'T11' WHERE indicator_code = 'HR.cmeOnSchedule';");

            migrationBuilder.DropTable(
                name: "population_figures");

            migrationBuilder.DropTable(
                name: "staff_training_plans");

            migrationBuilder.DropColumn(
                name: "part_time",
                table: "staff_postings");

            migrationBuilder.DropColumn(
                name: "population",
                table: "indicator_results");
        }
    }
}
