using System.Globalization;
using CoSo.Core.Audit;
using CoSo.Core.Chronic;
using CoSo.Data;
using CoSo.Data.Chronic;
using CoSo.Web.Infrastructure.Audit;

namespace CoSo.Web.Api.Chronic;

/// <summary>/api/v1/chronic: registries, follow-ups, overdue list and call outcomes, high-risk checks, HEARTS indicators.</summary>
public static class ChronicEndpoints
{
    public static RouteGroupBuilder MapChronic(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/chronic").WithTags("Chronic").AddEndpointFilter<PersonAuditFilter>();
        g.MapGet("/candidates", (ChronicRegistryService svc, Guid stationId, CancellationToken ct) => svc.CandidatesAsync(stationId, ct))
            .WithSummary("Đề xuất đưa vào quản lý (chẩn đoán I10–I15, E10–E14) / proposed for enrolment");
        g.MapGet("/enrolments", (ChronicRegistryService svc, Guid? stationId, ChronicProgramme? programme, EnrolmentStatus? status, CancellationToken ct) =>
            svc.ListAsync(stationId, programme, status, ct)).WithSummary("Sổ quản lý / registry");
        g.MapPost("/people/{personId:guid}/enrolments", async (ChronicRegistryService svc, Guid personId, EnrolmentInput input, CancellationToken ct) =>
        {
            var e = await svc.EnrolAsync(personId, input, ct);
            return TypedResults.Created($"/api/v1/chronic/enrolments/{e.Id}", e);
        }).WithSummary("Đưa vào quản lý / enrol");
        g.MapGet("/people/{personId:guid}/card", (CareCardService svc, Guid personId, CancellationToken ct) => svc.GetAsync(personId, ct))
            .WithSummary("Phiếu theo dõi / care card");
        g.MapPost("/enrolments/{enrolmentId:guid}/close", (ChronicRegistryService svc, Guid enrolmentId, CloseInput input, CancellationToken ct) => svc.CloseAsync(enrolmentId, input, ct));
        g.MapPost("/enrolments/{enrolmentId:guid}/transfer", (ChronicRegistryService svc, Guid enrolmentId, TransferInput input, CancellationToken ct) => svc.TransferAsync(enrolmentId, input, ct));
        g.MapPost("/enrolments/{enrolmentId:guid}/follow-ups", async (ChronicFollowUpService svc, Guid enrolmentId, FollowUpInput input, CancellationToken ct) =>
        {
            var r = await svc.RecordAsync(enrolmentId, input, ct);
            return TypedResults.Created($"/api/v1/people/{r.Visit.PersonId}/visits/{r.Visit.Id}", r);
        }).WithSummary("Tái khám / follow-up visit");
        // A suggestion only: nothing of the follow-up is saved.
        g.MapPost("/enrolments/{enrolmentId:guid}/advice", async (ChronicFollowUpService svc, CoSoDbContext db, Guid enrolmentId, FollowUpInput input, CancellationToken ct) =>
        {
            // The person filter sees GET answers only; this POST reads the resident's health data (age, sex, pregnancy).
            var advice = await svc.AdviseAsync(enrolmentId, input, ct);
            db.AuditRead(AuditActions.Read, "api:chronic-advice", null, advice.PersonId, advice.ProvinceCode);
            await db.SaveChangesAsync(ct);
            return advice;
        }).WithSummary("Gợi ý theo phác đồ / protocol suggestion");
        g.MapGet("/overdue", (OverdueService svc, Guid? stationId, Guid? villageId, CancellationToken ct) => svc.ListAsync(stationId, villageId, ct))
            .WithSummary("Danh sách quá hẹn / overdue list");
        g.MapPost("/enrolments/{enrolmentId:guid}/outcomes", (OverdueService svc, Guid enrolmentId, OutcomeInput input, CancellationToken ct) => svc.RecordOutcomeAsync(enrolmentId, input, ct))
            .WithSummary("Kết quả gọi/thăm / call outcome");
        g.MapGet("/high-risk", (HighRiskService svc, Guid stationId, CancellationToken ct) => svc.ListAsync(stationId, ct))
            .WithSummary("Người nguy cơ cao chưa khám sàng lọc 12 tháng / high-risk people unchecked");
        g.MapGet("/indicators", (ChronicIndicatorService svc, ChronicProgramme programme, string? month, int? months, Guid? unitId, CancellationToken ct) =>
            svc.ReportAsync(programme, ParseMonth(month), months ?? 1, unitId, ct)).WithSummary("Chỉ số HEARTS / HEARTS indicators");
        g.MapGet("/indicators/{indicator}/patients", (ChronicIndicatorService svc, string indicator, ChronicProgramme programme, string month, Guid? unitId, CancellationToken ct) =>
            svc.PatientsAsync(programme, ParseMonth(month) ?? throw new Core.Common.DomainValidationException("month", "chronic.month"), indicator, unitId, ct));
        g.MapGet("/overdue.xlsx", async (OverdueService svc, Guid? stationId, Guid? villageId, CancellationToken ct) =>
        {
            var list = await svc.ListAsync(stationId, villageId, ct);
            return new PersonExport(TypedResults.File(ChronicExcel.Overdue(list), ChronicExcel.ContentType, "qua-hen.xlsx"), list);
        });
        g.MapGet("/cohort", (ChronicIndicatorService svc, ChronicProgramme programme, int year, int quarter, Guid? unitId, CancellationToken ct) =>
            svc.CohortAsync(programme, year, quarter, unitId, ct)).WithSummary("Báo cáo nhóm thuần tập theo quý / quarterly cohort report");
        g.MapGet("/indicators.xlsx", async (ChronicIndicatorService svc, ChronicProgramme programme, string? month, int? months, Guid? unitId, CancellationToken ct) =>
            TypedResults.File(ChronicExcel.Indicators(await svc.ReportAsync(programme, ParseMonth(month), months ?? 12, unitId, ct)), ChronicExcel.ContentType, "chi-so-hearts.xlsx"));
        return api;
    }

    private static ReportMonth? ParseMonth(string? month) =>
        month is null ? null : ReportMonth.Of(Infrastructure.Input.QueryDates.Month(month, code: "chronic.month"));
}
