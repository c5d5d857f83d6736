using CoSo.Core.Identity;
using CoSo.Data.Immunization;
using CoSo.Web.Api.Indicators;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Auth;

namespace CoSo.Web.Api.Immunization;

public static class ImmunizationEndpoints
{
    public static RouteGroupBuilder MapImmunization(this RouteGroupBuilder api)
    {
        var imm = api.MapGroup("/immunization").WithTags("Immunization").AddEndpointFilter<PersonAuditFilter>();
        imm.MapGet("/stations/{stationId:guid}/children", (ChildRegisterService svc, Guid stationId, Guid? villageId, int? page, int? pageSize, CancellationToken ct) =>
            svc.ListAsync(stationId, villageId, page ?? 1, pageSize ?? 50, ct)).WithSummary("Sổ trẻ em dưới 8 tuổi / children's register");

        imm.MapGet("/people/{personId:guid}/doses", (DoseService svc, Guid personId, CancellationToken ct) => svc.ListAsync(personId, ct))
            .WithSummary("Phiếu tiêm chủng / immunization card");
        imm.MapPost("/people/{personId:guid}/doses", async (DoseService svc, Guid personId, DoseInput input, CancellationToken ct) =>
        {
            var dose = await svc.RecordAsync(personId, input, ct);
            return TypedResults.Created($"/api/v1/immunization/people/{personId}/doses", dose);
        }).WithSummary("Ghi nhận mũi tiêm / record a dose");

        imm.MapPost("/sessions", async (SessionService svc, SessionInput input, CancellationToken ct) =>
        {
            var session = await svc.PlanAsync(input, ct);
            return TypedResults.Created($"/api/v1/immunization/sessions/{session.Id}", session);
        }).WithSummary("Lập kế hoạch buổi tiêm / plan a session");
        imm.MapGet("/stations/{stationId:guid}/sessions", (SessionService svc, Guid stationId, CancellationToken ct) => svc.ListAsync(stationId, ct));
        imm.MapPost("/sessions/{sessionId:guid}/held", (SessionService svc, Guid sessionId, CancellationToken ct) => svc.MarkHeldAsync(sessionId, ct));
        imm.MapGet("/sessions/{sessionId:guid}/due", (SessionService svc, Guid sessionId, CancellationToken ct) => svc.DueListAsync(sessionId, ct))
            .WithSummary("Danh sách trẻ cần tiêm / due list");
        imm.MapGet("/sessions/{sessionId:guid}/due.xlsx", async (SessionService svc, Guid sessionId, CancellationToken ct) =>
        {
            var list = await svc.DueListAsync(sessionId, ct);
            return new PersonExport(TypedResults.File(DueListExcel.Build(list), IndicatorEndpoints.XlsxContentType, $"due-{list.Session.Date:yyyy-MM-dd}.xlsx"), list);
        });

        imm.MapPost("/people/{personId:guid}/aefi", async (AefiService svc, Guid personId, AefiInput input, CancellationToken ct) =>
        {
            var report = await svc.RecordAsync(personId, input, ct);
            return TypedResults.Created($"/api/v1/immunization/people/{personId}/aefi", report);
        }).WithSummary("Báo cáo phản ứng sau tiêm / report an AEFI");
        imm.MapGet("/people/{personId:guid}/aefi", (AefiService svc, Guid personId, CancellationToken ct) => svc.ListForPersonAsync(personId, ct));
        imm.MapGet("/aefi/serious", (AefiService svc, CancellationToken ct) => svc.ListSeriousAsync(ct))
            .WithSummary("Phản ứng nặng sau tiêm trong phạm vi / serious AEFIs in scope");

        imm.MapPost("/people/{personId:guid}/pregnancies", async (PregnancyService svc, Guid personId, PregnancyInput input, CancellationToken ct) =>
        {
            var id = await svc.CreateAsync(personId, input, ct);
            return TypedResults.Created($"/api/v1/immunization/people/{personId}/pregnancies/{id}", new { id });
        });
        imm.MapGet("/stations/{stationId:guid}/td", (PregnancyService svc, Guid stationId, CancellationToken ct) => svc.TdStatusAsync(stationId, ct))
            .WithSummary("Tiêm Td cho phụ nữ có thai / Td for pregnant women");

        imm.MapGet("/units/{unitId:guid}/coverage", (CoverageService svc, Guid unitId, int year, int month, CancellationToken ct) => svc.ReportAsync(unitId, year, month, ct))
            .WithSummary("Tỷ lệ tiêm chủng / coverage");
        imm.MapGet("/stations/{stationId:guid}/coverage/{code}", (CoverageService svc, Guid stationId, string code, int year, int month, bool? ytd, CancellationToken ct) =>
            svc.DrilldownAsync(stationId, year, month, code, ytd ?? false, ct));

        // Org-level data (no resident in it), so outside the person-audited group; marking is for the district and above.
        var areas = api.MapGroup("/immunization/high-risk-areas").WithTags("Immunization");
        areas.MapGet("/", (HighRiskAreaService svc, CancellationToken ct) => svc.ListAsync(ct))
            .WithSummary("Trạm thuộc vùng nguy cơ cao / stations in high-risk areas");
        areas.MapPut("/{stationId:guid}", (HighRiskAreaService svc, Guid stationId, HighRiskAreaInput input, CancellationToken ct) => svc.SetAsync(stationId, input, ct))
            .RequireCapability(Capability.ManageHighRiskAreas)
            .WithSummary("Đánh dấu vùng nguy cơ cao / mark a high-risk area");
        return api;
    }
}
