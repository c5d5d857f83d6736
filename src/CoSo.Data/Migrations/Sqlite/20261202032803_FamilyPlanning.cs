using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FamilyPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contraceptive_uses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    method = table.Column<int>(type: "INTEGER", nullable: false),
                    started_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    stopped_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    stop_reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    from_station = table.Column<bool>(type: "INTEGER", nullable: false),
                    last_supply_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    last_supply_quantity = table.Column<double>(type: "REAL", precision: 8, scale: 2, nullable: false),
                    next_supply_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contraceptive_uses", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_contraceptive_uses_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contraceptive_supplies",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    person_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    use_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    method = table.Column<int>(type: "INTEGER", nullable: false),
                    given_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    quantity = table.Column<double>(type: "REAL", precision: 8, scale: 2, nullable: false),
                    given_by_user_id = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contraceptive_supplies", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_contraceptive_supplies_contraceptive_uses_province_code_use_id",
                        columns: x => new { x.province_code, x.use_id },
                        principalTable: "contraceptive_uses",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_supplies_id",
                table: "contraceptive_supplies",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_supplies_org_unit_id_given_on",
                table: "contraceptive_supplies",
                columns: new[] { "org_unit_id", "given_on" });

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_supplies_province_code_use_id",
                table: "contraceptive_supplies",
                columns: new[] { "province_code", "use_id" });

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_uses_id",
                table: "contraceptive_uses",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_uses_org_unit_id_stopped_on_next_supply_due",
                table: "contraceptive_uses",
                columns: new[] { "org_unit_id", "stopped_on", "next_supply_due" });

            migrationBuilder.CreateIndex(
                name: "ix_contraceptive_uses_province_code_person_id",
                table: "contraceptive_uses",
                columns: new[] { "province_code", "person_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contraceptive_supplies");

            migrationBuilder.DropTable(
                name: "contraceptive_uses");
        }
    }
}
