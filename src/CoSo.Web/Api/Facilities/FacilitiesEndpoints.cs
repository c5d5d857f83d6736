using CoSo.Core.Common;
using CoSo.Core.Facilities;
using CoSo.Core.Identity;
using CoSo.Data.Facilities;
using CoSo.Web.Infrastructure.Auth;
using CoSo.Web.Infrastructure.Errors;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.Web.Api.Facilities;

/// <summary>Station facilities, technical services, criteria self-assessment and gap views (org-level data).</summary>
public static class FacilitiesEndpoints
{
    // Station writes need ManageFacilities: village health workers read the station's record but do not maintain it.
    public static RouteGroupBuilder MapFacilities(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/facilities").WithTags("Facilities");
        g.MapGet("/technical-services", (FacilitiesService svc) => svc.Catalogue).WithSummary("Danh mục kỹ thuật tuyến xã (ví dụ) / commune-level service list (example)");
        g.MapGet("/stations/{id:guid}", async (FacilitiesService svc, Guid id, DateOnly? date, CancellationToken ct) =>
            await svc.GetAsync(id, date, ct) is { } f ? Results.Ok(f) : Results.NoContent())
            .WithSummary("Cơ sở vật chất hiện tại, hoặc vào một ngày (?date=) / facility record now, or as of a date");
        g.MapPut("/stations/{id:guid}", (FacilitiesService svc, Guid id, FacilityInput input, CancellationToken ct) => svc.SaveAsync(id, input, ct))
            .RequireCapability(Capability.ManageFacilities)
            .WithSummary("Lưu một phiên bản hồ sơ cơ sở vật chất từ ngày effectiveFrom / save a dated version of the facility record");
        g.MapGet("/stations/{id:guid}/history", (FacilitiesService svc, Guid id, CancellationToken ct) => svc.HistoryAsync(id, ct))
            .WithSummary("Các phiên bản hồ sơ cơ sở vật chất, mới nhất trước / facility record versions, newest first");
        g.MapGet("/stations/{id:guid}/equipment", (FacilitiesService svc, Guid id, CancellationToken ct) => svc.EquipmentAsync(id, ct));
        g.MapPost("/stations/{id:guid}/equipment", async (FacilitiesService svc, Guid id, EquipmentInput input, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/facilities/stations/{id}/equipment", await svc.AddEquipmentAsync(id, input, ct))).RequireCapability(Capability.ManageFacilities);
        g.MapPut("/stations/{id:guid}/equipment/{itemId:guid}", (FacilitiesService svc, Guid id, Guid itemId, EquipmentUpdateInput input, CancellationToken ct) =>
            svc.UpdateEquipmentAsync(id, itemId, input, ct)).RequireCapability(Capability.ManageFacilities)
            .WithSummary("Sửa số lượng, tình trạng thiết bị / update an item's quantity and condition");
        g.MapDelete("/stations/{id:guid}/equipment/{itemId:guid}", async (FacilitiesService svc, Guid id, Guid itemId, CancellationToken ct) =>
        {
            await svc.RemoveEquipmentAsync(id, itemId, ct);
            return TypedResults.NoContent();
        }).RequireCapability(Capability.ManageFacilities).WithSummary("Xóa thiết bị / remove an item");
        g.MapGet("/stations/{id:guid}/services", (FacilitiesService svc, Guid id, CancellationToken ct) => svc.ServicesAsync(id, ct));
        g.MapPut("/stations/{id:guid}/services", (FacilitiesService svc, Guid id, string[] codes, CancellationToken ct) => svc.SetServicesAsync(id, codes, ct))
            .RequireCapability(Capability.ManageFacilities);

        g.MapGet("/criteria-sets", (CriteriaService svc, CancellationToken ct) => svc.SetsAsync(ct));
        g.MapGet("/criteria-sets/{setId:guid}", (CriteriaService svc, Guid setId, CancellationToken ct) => svc.DefinitionAsync(setId, ct));
        g.MapPost("/criteria-sets", async (CriteriaService svc, HttpRequest request, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            return TypedResults.Ok(await svc.ImportAsync(await reader.ReadToEndAsync(ct), ct));
        }).RequireCapability(Capability.ManageCriteriaSets)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Infrastructure.Input.RequestLimits.ImportBodyBytes))
            .WithSummary("Nhập bộ tiêu chí (JSON, docs/commune-health-criteria.md) / import a criteria set");

        var a = g.MapGroup("/stations/{id:guid}/assessments/{setId:guid}/{year:int}");
        a.MapGet("/", async (CriteriaService svc, HttpResponse response, Guid id, Guid setId, int year, CancellationToken ct) =>
        {
            var assessment = await svc.GetAsync(id, setId, year, ct);
            ETags.Set(response, assessment.Version);
            return assessment;
        });
        a.MapPut("/", async (CriteriaService svc, HttpRequest request, HttpResponse response, Guid id, Guid setId, int year, AssessmentValuesInput input, CancellationToken ct) =>
        {
            var assessment = await svc.SaveAsync(id, setId, year, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, assessment.Version);
            return assessment;
        }).WithSummary("Lưu tự đánh giá (cần If-Match; \"0\" khi chưa có) / save the self-assessment (If-Match required; \"0\" when none yet)");
        a.MapPost("/submit", (CriteriaService svc, Guid id, Guid setId, int year, CancellationToken ct) => svc.SubmitAsync(id, setId, year, ct));
        // Any manager reaches the endpoint; CriteriaService lets only the province approve (a regional centre gets 403).
        a.MapPost("/review", (CriteriaService svc, Guid id, Guid setId, int year, ReviewInput input, CancellationToken ct) => svc.ReviewAsync(id, setId, year, input, ct))
            .RequireCapability(Capability.PreReviewAssessments)
            .WithSummary("Tỉnh duyệt (approve) hoặc trả lại; trung tâm y tế khu vực chỉ trả lại / the province approves or returns; a regional centre may only return");
        a.MapPost("/pre-review", (CriteriaService svc, Guid id, Guid setId, int year, PreReviewInput input, CancellationToken ct) => svc.PreReviewAsync(id, setId, year, input, ct))
            .RequireCapability(Capability.PreReviewAssessments)
            .WithSummary("Ý kiến thẩm định sơ bộ của trung tâm y tế khu vực / a regional centre's pre-review opinion");

        g.MapGet("/gaps", (GapReport gaps, TimeProvider time, DateOnly? date, Guid? setId, int? year, CancellationToken ct) =>
            gaps.AllAsync(date ?? VietnamClock.Today(time), setId, year ?? VietnamClock.Today(time).Year, ct))
            .WithSummary("Các khoảng trống / gap views");
        g.MapGet("/gaps.xlsx", async (GapReport gaps, TimeProvider time, DateOnly? date, Guid? setId, int? year, CancellationToken ct) =>
        {
            var today = VietnamClock.Today(time);
            var lists = await gaps.AllAsync(date ?? today, setId, year ?? today.Year, ct);
            return Results.File(GapWorkbook.Build(lists), ListWorkbook.ContentType, $"khoang-trong-{date ?? today:yyyy-MM-dd}.xlsx");
        }).WithSummary("Xuất Excel các khoảng trống / export the gap views to Excel");
        return api;
    }
}
