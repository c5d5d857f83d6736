using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.Sqlite
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
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    entity_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    province_code = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    remote_address = table.Column<string>(type: "TEXT", maxLength: 45, nullable: true),
                    person_ids = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_reads", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_reads_user_id_at",
                table: "audit_reads",
                columns: new[] { "user_id", "at" });

            // Read rows are append-only like audit_entries (ADR 0005).
            migrationBuilder.Sql("CREATE TRIGGER audit_reads_no_update BEFORE UPDATE ON audit_reads BEGIN SELECT RAISE(ABORT, 'audit_reads is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_reads_no_delete BEFORE DELETE ON audit_reads BEGIN SELECT RAISE(ABORT, 'audit_reads is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_reads");
        }
    }
}
