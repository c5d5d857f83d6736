using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class VitaminA : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "vitamin_a_doses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    org_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    given_on = table.Column<DateOnly>(type: "date", nullable: false),
                    dose_iu = table.Column<int>(type: "integer", nullable: false),
                    given_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_vitamin_a_doses", x => new { x.province_code, x.id });
                    table.ForeignKey(
                        name: "fk_vitamin_a_doses_people_province_code_person_id",
                        columns: x => new { x.province_code, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "province_code", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_vitamin_a_doses_id",
                table: "vitamin_a_doses",
                column: "id");

            migrationBuilder.CreateIndex(
                name: "ix_vitamin_a_doses_org_unit_id_given_on",
                table: "vitamin_a_doses",
                columns: new[] { "org_unit_id", "given_on" });

            migrationBuilder.CreateIndex(
                name: "ix_vitamin_a_doses_province_code_person_id_given_on",
                table: "vitamin_a_doses",
                columns: new[] { "province_code", "person_id", "given_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "vitamin_a_doses");
        }
    }
}
