using CoSo.Core.Common;
using CoSo.Core.Workforce;
using CoSo.Data.Workforce;
using CoSo.Web.Api.Facilities;
using CoSo.Web.Infrastructure.Errors;

namespace CoSo.Web.Api.Workforce;

/// <summary>Staff register, postings, CME and staffing on a date. Org-level data: scoped in the services, no person audit.</summary>
public static class WorkforceEndpoints
{
    public static RouteGroupBuilder MapWorkforce(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/workforce").WithTags("Workforce");
        g.MapGet("/staff", (WorkforceService svc, Guid? unitId, CancellationToken ct) => svc.ListAsync(unitId, ct))
            .WithSummary("Danh sách nhân lực / staff register");
        g.MapPost("/staff", async (WorkforceService svc, StaffInput input, CancellationToken ct) =>
        {
            var staff = await svc.CreateAsync(input, ct);
            return TypedResults.Created($"/api/v1/workforce/staff/{staff.Id}", staff);
        }).WithSummary("Thêm nhân lực / add a health worker");
        g.MapGet("/staff/{id:guid}", async (WorkforceService svc, HttpResponse response, Guid id, CancellationToken ct) =>
        {
            var staff = await svc.GetAsync(id, ct);
            ETags.Set(response, staff.Version);
            return staff;
        });
        g.MapPut("/staff/{id:guid}", async (WorkforceService svc, HttpRequest request, HttpResponse response, Guid id, StaffUpdateInput input, CancellationToken ct) =>
        {
            var staff = await svc.UpdateAsync(id, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, staff.Version);
            return staff;
        }).WithSummary("Sửa thông tin nhân lực (cần If-Match) / edit a health worker (If-Match required)");
        g.MapPost("/staff/{id:guid}/postings", async (WorkforceService svc, Guid id, PostingInput input, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/workforce/staff/{id}", await svc.AddPostingAsync(id, input, ct)))
            .WithSummary("Phân công, luân phiên, điều động, luân chuyển / posting, rotation, secondment, transfer");
        g.MapPut("/staff/{id:guid}/postings/{postingId:guid}/working-time", (WorkforceService svc, Guid id, Guid postingId, WorkingTimeInput input, CancellationToken ct) =>
                svc.SetWorkingTimeAsync(id, postingId, input.PartTime, ct))
            .WithSummary("Toàn thời gian / bán thời gian của một phân công / a posting's working time (full or part time)");
        g.MapPost("/staff/{id:guid}/training", async (WorkforceService svc, Guid id, TrainingInput input, CancellationToken ct) =>
            TypedResults.Created($"/api/v1/workforce/staff/{id}", await svc.AddTrainingAsync(id, input, ct)))
            .WithSummary("Ghi nhận đào tạo liên tục / record a CME course");
        g.MapGet("/staffing", (StaffingQueries q, TimeProvider time, DateOnly? date, CancellationToken ct) => q.StationsAsync(date ?? VietnamClock.Today(time), ct))
            .WithSummary("Nhân lực các trạm theo ngày / staffing of stations on a date");
        g.MapGet("/staffing/{stationId:guid}", (StaffingQueries q, TimeProvider time, Guid stationId, DateOnly? date, CancellationToken ct) => q.StationAsync(stationId, date ?? VietnamClock.Today(time), ct));
        g.MapGet("/cme", (StaffingQueries q, TimeProvider time, DateOnly? date, CancellationToken ct) => q.CmeAsync(date ?? VietnamClock.Today(time), ct))
            .WithSummary("Giờ đào tạo liên tục trong 5 năm / CME hours in the rolling window");
        g.MapGet("/training-plans", (TrainingPlanService svc, TimeProvider time, int? year, CancellationToken ct) => svc.ListAsync(year ?? VietnamClock.Today(time).Year, ct))
            .WithSummary("Kế hoạch cử cán bộ đào tạo của các trạm trong năm (T11) / stations' yearly training plans");
        g.MapPut("/training-plans/{stationId:guid}/{year:int}", (TrainingPlanService svc, Guid stationId, int year, TrainingPlanInput input, CancellationToken ct) => svc.SetAsync(stationId, year, input, ct))
            .WithSummary("Ghi kế hoạch đào tạo năm của trạm / record a station's yearly training plan");
        g.MapDelete("/training-plans/{stationId:guid}/{year:int}", async (TrainingPlanService svc, Guid stationId, int year, CancellationToken ct) =>
        {
            await svc.DeleteAsync(stationId, year, ct);
            return TypedResults.NoContent();
        }).WithSummary("Xóa kế hoạch đào tạo năm của trạm / remove a station's yearly training plan");
        g.MapGet("/villages", (StaffingQueries q, TimeProvider time, DateOnly? date, CancellationToken ct) => q.VillagesAsync(date ?? VietnamClock.Today(time), ct));

        // The two features ship together (issue 7): one wiring line maps both.
        return api.MapFacilities();
    }
}
