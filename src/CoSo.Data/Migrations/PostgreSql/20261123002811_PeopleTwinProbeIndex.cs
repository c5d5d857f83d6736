using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PeopleTwinProbeIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_people_name_key",
                table: "people");

            migrationBuilder.CreateIndex(
                name: "ix_people_name_key_birth_year_commune_code",
                table: "people",
                columns: new[] { "name_key", "birth_year", "commune_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_people_name_key_birth_year_commune_code",
                table: "people");

            migrationBuilder.CreateIndex(
                name: "ix_people_name_key",
                table: "people",
                column: "name_key");
        }
    }
}
