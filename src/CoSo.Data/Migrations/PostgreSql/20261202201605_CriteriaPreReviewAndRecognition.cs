using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CriteriaPreReviewAndRecognition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "pre_review_note",
                table: "criteria_assessments",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "pre_reviewed_at",
                table: "criteria_assessments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "pre_reviewed_by",
                table: "criteria_assessments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "recognised_until",
                table: "criteria_assessments",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "pre_review_note",
                table: "criteria_assessments");

            migrationBuilder.DropColumn(
                name: "pre_reviewed_at",
                table: "criteria_assessments");

            migrationBuilder.DropColumn(
                name: "pre_reviewed_by",
                table: "criteria_assessments");

            migrationBuilder.DropColumn(
                name: "recognised_until",
                table: "criteria_assessments");
        }
    }
}
