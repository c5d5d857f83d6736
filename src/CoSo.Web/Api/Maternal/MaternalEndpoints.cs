using CoSo.Core.Maternal;
using CoSo.Data.Maternal;
using CoSo.Data.Organisation;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Errors;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.Web.Api.Maternal;

/// <summary>
/// /api/v1/maternal: the pregnancy register (with the village health worker's "pregnant woman found"), antenatal
/// contacts, the delivery that registers the newborn, postnatal visits, and the due lists with their Excel export.
/// </summary>
public static class MaternalEndpoints
{
    public static RouteGroupBuilder MapMaternal(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/maternal").WithTags("Maternal").AddEndpointFilter<PersonAuditFilter>();
        g.MapPost("/people/{personId:guid}/pregnancies", async (PregnancyRegisterService svc, Guid personId, PregnancyRegistration input, HttpResponse response, CancellationToken ct) =>
        {
            var card = await svc.RegisterAsync(personId, input, ct);
            ETags.Set(response, card.Version);
            return TypedResults.Created($"/api/v1/maternal/pregnancies/{card.Id}", card);
        }).WithSummary("Đăng ký thai kỳ / register a pregnancy");
        g.MapPost("/people/{personId:guid}/pregnancy-reports", async (PregnancyRegisterService svc, Guid personId, PregnancyReportInput input, HttpResponse response, CancellationToken ct) =>
        {
            var card = await svc.ReportFoundAsync(personId, input, ct);
            ETags.Set(response, card.Version);
            return TypedResults.Created($"/api/v1/maternal/pregnancies/{card.Id}", card);
        }).WithSummary("Nhân viên y tế thôn báo phát hiện phụ nữ có thai / a village health worker reports a pregnant woman");
        g.MapGet("/people/{personId:guid}/pregnancies", async (PregnancyRegisterService svc, TimeProvider time, Guid personId, CancellationToken ct) =>
            new PregnancyList(Core.Common.VietnamClock.Today(time), await svc.ForPersonAsync(personId, ct)))
            .WithSummary("Các thai kỳ của một người / a woman's pregnancies");
        g.MapGet("/pregnancies", (PregnancyRegisterService svc, Guid? stationId, Guid? villageId, bool? openOnly, CancellationToken ct) =>
            svc.ListAsync(stationId, villageId, openOnly ?? true, ct)).WithSummary("Sổ quản lý thai / pregnancy register");

        var p = g.MapGroup("/pregnancies/{pregnancyId:guid}");
        p.MapGet("/", async (PregnancyCardService svc, Guid pregnancyId, HttpResponse response, CancellationToken ct) =>
        {
            var card = await svc.GetAsync(pregnancyId, ct);
            ETags.Set(response, card.Version);
            return card;
        }).WithSummary("Phiếu theo dõi thai kỳ / pregnancy card");
        p.MapPut("/", async (PregnancyRegisterService svc, Guid pregnancyId, PregnancyRegistration input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var card = await svc.UpdateAsync(pregnancyId, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, card.Version);
            return card;
        }).WithSummary("Sửa thai kỳ (ngày kinh cuối, siêu âm, tiền sử) / correct a pregnancy");
        p.MapPost("/confirm", async (PregnancyRegisterService svc, Guid pregnancyId, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var card = await svc.ConfirmAsync(pregnancyId, null, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, card.Version);
            return card;
        }).WithSummary("Trạm xác nhận thai kỳ được báo / the station confirms a reported pregnancy");
        p.MapPost("/end", async (PregnancyRegisterService svc, Guid pregnancyId, PregnancyEndInput input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var card = await svc.EndAsync(pregnancyId, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, card.Version);
            return card;
        }).WithSummary("Kết thúc thai kỳ không qua cuộc đẻ (sảy, phá, chửa ngoài tử cung…) / end without a delivery");
        p.MapGet("/contacts", (AntenatalService svc, Guid pregnancyId, CancellationToken ct) => svc.ListAsync(pregnancyId, ct));
        p.MapPost("/contacts", async (AntenatalService svc, Guid pregnancyId, AntenatalContactInput input, CancellationToken ct) =>
        {
            var contact = await svc.RecordAsync(pregnancyId, input, ct);
            return TypedResults.Created($"/api/v1/maternal/pregnancies/{pregnancyId}/contacts", contact);
        }).WithSummary("Ghi lần khám thai / record an antenatal contact");
        p.MapPost("/delivery", async (DeliveryService svc, Guid pregnancyId, DeliveryInput input, CancellationToken ct) =>
        {
            var delivery = await svc.RecordAsync(pregnancyId, input, ct);
            return TypedResults.Created($"/api/v1/maternal/pregnancies/{pregnancyId}", delivery);
        }).WithSummary("Ghi cuộc đẻ; trẻ sinh sống được đăng ký vào hộ của mẹ / record the delivery; a live birth registers the newborn");
        p.MapPost("/postnatal-visits", async (PostnatalService svc, Guid pregnancyId, PostnatalVisitInput input, CancellationToken ct) =>
        {
            var visit = await svc.RecordAsync(pregnancyId, input, ct);
            return TypedResults.Created($"/api/v1/maternal/pregnancies/{pregnancyId}", visit);
        }).WithSummary("Ghi lần thăm sau sinh (mẹ và trẻ sơ sinh) / record a postnatal visit");
        p.MapPost("/calls", (AncDueService svc, Guid pregnancyId, AncCallInput input, CancellationToken ct) => svc.RecordCallAsync(pregnancyId, input, ct))
            .WithSummary("Kết quả gọi/thăm phụ nữ đến hạn khám thai / call outcome");

        g.MapGet("/anc-due", (AncDueService svc, Guid? stationId, Guid? villageId, string? schedule, CancellationToken ct) => svc.ListAsync(stationId, villageId, schedule, ct))
            .WithSummary("Phụ nữ có thai đến hạn, quá hạn khám thai / antenatal due list");
        g.MapGet("/anc-due.xlsx", async (AncDueService svc, Guid? stationId, Guid? villageId, string? schedule, CancellationToken ct) =>
        {
            var list = await svc.ListAsync(stationId, villageId, schedule, ct);
            return new PersonExport(TypedResults.File(MaternalExcel.AncDue(list), MaternalExcel.ContentType, "den-han-kham-thai.xlsx"), list);
        });
        g.MapGet("/postnatal-due", (PostnatalDueService svc, Guid? stationId, Guid? villageId, CancellationToken ct) => svc.ListAsync(stationId, villageId, ct))
            .WithSummary("Bà mẹ và trẻ sơ sinh đến hạn thăm sau sinh / postnatal due list");
        g.MapGet("/postnatal-due.xlsx", async (PostnatalDueService svc, StationResolver stations, Guid? stationId, Guid? villageId, CancellationToken ct) =>
        {
            var station = await stations.ResolveOrVillagesAsync(stationId, ct);
            var list = await svc.ListAsync(station?.Id, villageId, ct);
            var title = station?.Name ?? await stations.VillagesTitleAsync(ct);
            return new PersonExport(TypedResults.File(Nutrition.MotherChildExcel.PostnatalDue(list, title), ListWorkbook.ContentType, $"sau-sinh-{list.Today:yyyy-MM-dd}.xlsx"), list);
        });

        // Reference data (no resident in it): the schedules as loaded.
        api.MapGet("/maternal/schedules", () => MaternalSchedules.LoadDefault()).WithTags("Maternal").WithSummary("Lịch khám thai và sau sinh / care schedules");
        return api;
    }
}
