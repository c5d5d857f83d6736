using System.Globalization;
using System.Text;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Surveillance;
using CoSo.Core.Surveillance.Cases;
using CoSo.Data.Surveillance;
using CoSo.Web.Api.Indicators;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Auth;
using CoSo.Web.Infrastructure.Errors;

namespace CoSo.Web.Api.Surveillance;

public static class SurveillanceEndpoints
{
    public static RouteGroupBuilder MapSurveillance(this RouteGroupBuilder api)
    {
        var s = api.MapGroup("/surveillance").WithTags("Surveillance");
        s.MapGet("/diseases", (NotifiableDiseaseCatalogue c) => c.Diseases);

        // Person-level: case reports and proposals carry residents, so reads are audited.
        var cases = s.MapGroup("/").AddEndpointFilter<PersonAuditFilter>();
        cases.MapGet("/cases", (CaseReportService svc, string? disease, DateOnly? from, DateOnly? to, CaseClassification? classification, Guid? orgUnitId, CancellationToken ct) =>
            svc.ListAsync(new CaseReportFilter(disease, from, to, classification, orgUnitId), ct)).WithSummary("Danh sách ca bệnh / line list");
        cases.MapPost("/cases", async (CaseReportService svc, CaseReportInput input, HttpResponse response, CancellationToken ct) =>
        {
            var report = await svc.CreateAsync(input, ct);
            ETags.Set(response, report.Version);
            return TypedResults.Created($"/api/v1/surveillance/cases/{report.Id}", report);
        }).WithSummary("Báo cáo ca bệnh / report a case");
        cases.MapGet("/cases/{id:guid}", async (CaseReportService svc, Guid id, HttpResponse response, CancellationToken ct) =>
        {
            var report = await svc.GetAsync(id, ct);
            ETags.Set(response, report.Version);
            return TypedResults.Ok(report);
        });
        cases.MapPut("/cases/{id:guid}", async (CaseReportService svc, Guid id, CaseReportUpdate input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var report = await svc.UpdateAsync(id, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, report.Version);
            return TypedResults.Ok(report);
        }).WithSummary("Cập nhật phân loại, diễn biến, xét nghiệm (cần If-Match) / update classification, outcome, lab");
        cases.MapGet("/cases/{id:guid}/lab-results", (CaseLabResultService svc, Guid id, CancellationToken ct) => svc.ListAsync(id, ct))
            .WithSummary("Kết quả xét nghiệm của ca bệnh / a case's lab results");
        cases.MapPost("/cases/{id:guid}/lab-results", async (CaseLabResultService svc, Guid id, LabResultInput input, CancellationToken ct) =>
        {
            var created = await svc.AddAsync(id, input, ct);
            return TypedResults.Created($"/api/v1/surveillance/cases/{id}/lab-results", created);
        }).WithSummary("Thêm kết quả xét nghiệm / add a lab result");
        cases.MapGet("/proposals", (CaseReportService svc, int? days, CancellationToken ct) => svc.ProposalsAsync(days ?? 7, ct))
            .WithSummary("Lượt khám có chẩn đoán bệnh phải báo cáo chưa báo cáo / visits to report");
        cases.MapGet("/cases.xlsx", async (CaseReportService svc, string? disease, DateOnly? from, DateOnly? to, CaseClassification? classification, CancellationToken ct) =>
        {
            var list = await svc.ListAsync(new CaseReportFilter(disease, from, to, classification), ct);
            return new PersonExport(TypedResults.File(LineListExcel.Write(list.Items), IndicatorEndpoints.XlsxContentType, "danh-sach-ca-benh.xlsx"), list);
        });

        s.MapGet("/counts/weekly", (SurveillanceCounts svc, AreaLevel? level, DateOnly from, DateOnly to, string? disease, CancellationToken ct) =>
            svc.WeeklyAsync(level ?? AreaLevel.Commune, from, to, disease, ct)).WithSummary("Số ca theo tuần ISO khởi phát / weekly counts");
        s.MapGet("/counts/daily", (SurveillanceCounts svc, AreaLevel? level, DateOnly from, DateOnly to, string? disease, CancellationToken ct) =>
            svc.DailyAsync(level ?? AreaLevel.Commune, from, to, disease, ct));
        s.MapGet("/counts/weekly.csv", async (SurveillanceCounts svc, AreaLevel? level, DateOnly from, DateOnly to, string? disease, CancellationToken ct) =>
        {
            var rows = await svc.WeeklyAsync(level ?? AreaLevel.Commune, from, to, disease, ct);
            var csv = new StringBuilder("org_unit_id,org_unit_name,disease_code,iso_week,count\n");
            foreach (var r in rows)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{r.OrgUnitId},{SpreadsheetText.Csv(r.OrgUnitName)},{SpreadsheetText.Csv(r.DiseaseCode)},{r.Period},{r.Count}\n");
            }

            return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", "so-ca-theo-tuan.csv");
        });

        s.MapGet("/alerts", (AlertService svc, Core.Surveillance.Alerts.AlertStatus? status, bool? open, CancellationToken ct) => svc.ListAsync(status, open ?? false, ct));
        s.MapPost("/alerts/{id:guid}/transitions", (AlertService svc, Guid id, AlertTransitionInput input, CancellationToken ct) => svc.TransitionAsync(id, input, ct))
            .WithSummary("Chuyển trạng thái cảnh báo / move an alert through its workflow");
        s.MapGet("/alerts/{id:guid}/history", (AlertService svc, Guid id, CancellationToken ct) => svc.HistoryAsync(id, ct));
        s.MapPost("/alerts/run", async (AlertService svc, TimeProvider time, DateOnly? date, CancellationToken ct) =>
        {
            var run = await svc.RunAsync(date ?? VietnamClock.Today(time), ct);
            return new { created = run.Created, continued = run.Continued, weeks = run.Weeks };
        })
            .RequireCapability(Capability.ManageAlerts);

        // In-app notifications of the user's units (confirmed alerts notify the district), unread per user.
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", (NotificationService svc, CancellationToken ct) => svc.UnreadAsync(ct)).WithSummary("Thông báo chưa đọc / unread notifications");
        notifications.MapGet("/count", async (NotificationService svc, CancellationToken ct) => new { unread = await svc.CountUnreadAsync(ct) });
        notifications.MapPost("/{id:guid}/read", async (NotificationService svc, Guid id, CancellationToken ct) =>
        {
            await svc.MarkReadAsync(id, ct);
            return TypedResults.NoContent();
        });
        notifications.MapPost("/read-all", async (NotificationService svc, CancellationToken ct) => new { read = await svc.MarkAllReadAsync(ct) });
        return api;
    }
}
