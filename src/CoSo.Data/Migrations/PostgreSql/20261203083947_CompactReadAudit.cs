using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CompactReadAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_reads",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    entity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    province_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    remote_address = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    person_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_reads", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_reads_person_ids",
                table: "audit_reads",
                column: "person_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_audit_reads_user_id_at",
                table: "audit_reads",
                columns: new[] { "user_id", "at" });

            // Read rows are append-only like audit_entries (ADR 0005, issue 14 item 7): no UPDATE, DELETE or TRUNCATE.
            migrationBuilder.Sql("CREATE TRIGGER audit_reads_no_update BEFORE UPDATE OR DELETE ON audit_reads FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER audit_reads_no_truncate BEFORE TRUNCATE ON audit_reads FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_reads_no_update ON audit_reads; DROP TRIGGER IF EXISTS audit_reads_no_truncate ON audit_reads;");
            migrationBuilder.DropTable(
                name: "audit_reads");
        }
    }
}
