using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoSo.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ColumnDefaults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The column defaults the migrations before the squash (f2b50d3) gave the columns they added, which the
            // model does not declare: set-based SQL writers (bench data, COPY loaders) that leave these columns out
            // relied on them. PostgreSQL only (the SQLite station has no such writers).
            migrationBuilder.Sql("""
                ALTER TABLE staff_members ALTER COLUMN version SET DEFAULT 0;
                ALTER TABLE notification_outbox ALTER COLUMN attempts SET DEFAULT 0;
                ALTER TABLE prescription_lines ALTER COLUMN bhyt_covered SET DEFAULT false;
                ALTER TABLE prescription_lines ALTER COLUMN dispensed_quantity SET DEFAULT 0;
                ALTER TABLE prescription_lines ALTER COLUMN dispensed_value SET DEFAULT 0;
                ALTER TABLE encounters ALTER COLUMN bhyt_benefit_percent SET DEFAULT 0;
                ALTER TABLE encounters ALTER COLUMN voided SET DEFAULT false;
                ALTER TABLE encounters ALTER COLUMN purpose SET DEFAULT 0;
                ALTER TABLE pregnancies ALTER COLUMN anaemia SET DEFAULT false;
                ALTER TABLE pregnancies ALTER COLUMN call_attempts SET DEFAULT 0;
                ALTER TABLE pregnancies ALTER COLUMN diabetes SET DEFAULT false;
                ALTER TABLE pregnancies ALTER COLUMN hepatitis_b_status SET DEFAULT 0;
                ALTER TABLE pregnancies ALTER COLUMN hiv_status SET DEFAULT 0;
                ALTER TABLE pregnancies ALTER COLUMN hypertension SET DEFAULT false;
                ALTER TABLE pregnancies ALTER COLUMN previous_caesarean SET DEFAULT false;
                ALTER TABLE pregnancies ALTER COLUMN syphilis_status SET DEFAULT 0;
                ALTER TABLE pregnancies ALTER COLUMN version SET DEFAULT 1;
                ALTER TABLE surveillance_alerts ALTER COLUMN evidence SET DEFAULT '';
                ALTER TABLE surveillance_alerts ALTER COLUMN last_period SET DEFAULT '';
                ALTER TABLE surveillance_alerts ALTER COLUMN week_count SET DEFAULT 0;
                ALTER TABLE health_record_versions ALTER COLUMN gestational_diabetes SET DEFAULT false;
                ALTER TABLE health_record_versions ALTER COLUMN prediabetes SET DEFAULT false;
                ALTER TABLE user_accounts ALTER COLUMN security_stamp SET DEFAULT '';
                ALTER TABLE staff_postings ALTER COLUMN part_time SET DEFAULT false;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE staff_members ALTER COLUMN version DROP DEFAULT;
                ALTER TABLE notification_outbox ALTER COLUMN attempts DROP DEFAULT;
                ALTER TABLE prescription_lines ALTER COLUMN bhyt_covered DROP DEFAULT;
                ALTER TABLE prescription_lines ALTER COLUMN dispensed_quantity DROP DEFAULT;
                ALTER TABLE prescription_lines ALTER COLUMN dispensed_value DROP DEFAULT;
                ALTER TABLE encounters ALTER COLUMN bhyt_benefit_percent DROP DEFAULT;
                ALTER TABLE encounters ALTER COLUMN voided DROP DEFAULT;
                ALTER TABLE encounters ALTER COLUMN purpose DROP DEFAULT;
                ALTER TABLE pregnancies ALTER COLUMN anaemia DROP DEFAULT;
                ALTER TABLE pregnancies ALTER COLUMN call_attempts DROP DEFAULT;
                ALTER TABLE pregnancies ALTER COLUMN diabetes DROP DEFAULT;
                ALTER TABLE pregnancies ALTER COLUMN hepatitis_b_status DROP DEFAULT;
                ALTER TABLE pregnancies ALTER COLUMN hiv_status DROP DEFAULT;
                ALTER TABLE pregnancies ALTER COLUMN hypertension DROP DEFAULT;
                ALTER TABLE pregnancies ALTER COLUMN previous_caesarean DROP DEFAULT;
                ALTER TABLE pregnancies ALTER COLUMN syphilis_status DROP DEFAULT;
                ALTER TABLE pregnancies ALTER COLUMN version DROP DEFAULT;
                ALTER TABLE surveillance_alerts ALTER COLUMN evidence DROP DEFAULT;
                ALTER TABLE surveillance_alerts ALTER COLUMN last_period DROP DEFAULT;
                ALTER TABLE surveillance_alerts ALTER COLUMN week_count DROP DEFAULT;
                ALTER TABLE health_record_versions ALTER COLUMN gestational_diabetes DROP DEFAULT;
                ALTER TABLE health_record_versions ALTER COLUMN prediabetes DROP DEFAULT;
                ALTER TABLE user_accounts ALTER COLUMN security_stamp DROP DEFAULT;
                ALTER TABLE staff_postings ALTER COLUMN part_time DROP DEFAULT;
                """);
        }
    }
}
