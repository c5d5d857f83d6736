using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NotificationsInEnglish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "body_en",
                table: "notifications",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "subject_en",
                table: "notifications",
                type: "TEXT",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "body_en",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "subject_en",
                table: "notifications");
        }
    }
}
