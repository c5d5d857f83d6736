using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PeopleIndexesForBulkLoad : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_people_bhyt_number",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_people_cccd",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_people_org_unit_id_village_id",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_people_province_code_cccd",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_people_province_code_household_id",
                table: "people");

            migrationBuilder.AlterColumn<string>(
                name: "social_insurance_number",
                table: "people",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "phone",
                table: "people",
                type: "character varying(15)",
                maxLength: 15,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(15)",
                oldMaxLength: 15,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "cccd",
                table: "people",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "bhyt_number",
                table: "people",
                type: "character varying(15)",
                maxLength: 15,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(15)",
                oldMaxLength: 15,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_cccd_province_code",
                table: "people",
                columns: new[] { "cccd", "province_code" },
                unique: true,
                filter: "cccd IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_people_province_code_household_id",
                table: "people",
                columns: new[] { "province_code", "household_id" },
                filter: "household_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_people_cccd_province_code",
                table: "people");

            migrationBuilder.DropIndex(
                name: "ix_people_province_code_household_id",
                table: "people");

            migrationBuilder.AlterColumn<string>(
                name: "social_insurance_number",
                table: "people",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "phone",
                table: "people",
                type: "character varying(15)",
                maxLength: 15,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(15)",
                oldMaxLength: 15,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "cccd",
                table: "people",
                type: "character varying(12)",
                maxLength: 12,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(12)",
                oldMaxLength: 12,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "bhyt_number",
                table: "people",
                type: "character varying(15)",
                maxLength: 15,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(15)",
                oldMaxLength: 15,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.CreateIndex(
                name: "ix_people_bhyt_number",
                table: "people",
                column: "bhyt_number");

            migrationBuilder.CreateIndex(
                name: "ix_people_cccd",
                table: "people",
                column: "cccd");

            migrationBuilder.CreateIndex(
                name: "ix_people_org_unit_id_village_id",
                table: "people",
                columns: new[] { "org_unit_id", "village_id" });

            migrationBuilder.CreateIndex(
                name: "ix_people_province_code_cccd",
                table: "people",
                columns: new[] { "province_code", "cccd" },
                unique: true,
                filter: "cccd IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_people_province_code_household_id",
                table: "people",
                columns: new[] { "province_code", "household_id" });
        }
    }
}
