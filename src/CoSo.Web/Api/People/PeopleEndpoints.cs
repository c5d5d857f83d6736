using CoSo.Core.People;
using CoSo.Data.People;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Errors;

namespace CoSo.Web.Api.People;

public static class PeopleEndpoints
{
    public static RouteGroupBuilder MapPeople(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People").AddEndpointFilter<PersonAuditFilter>();

        people.MapGet("/", (PeopleService svc, string? q, int? page, int? pageSize, Guid? stationId, CancellationToken ct) =>
            svc.SearchAsync(q, page ?? 1, pageSize ?? 20, stationId, ct))
            .WithSummary("Tìm người dân theo tên (có/không dấu), CCCD, số thẻ BHYT hoặc số điện thoại / search residents");

        people.MapPost("/", async (PeopleService svc, PersonInput input, CancellationToken ct) =>
        {
            var created = await svc.RegisterAsync(input, ct);
            return TypedResults.Created($"/api/v1/people/{created.Id}", created);
        }).WithSummary("Đăng ký người dân / register a resident");

        people.MapPost("/duplicates", (PeopleService svc, PersonInput input, CancellationToken ct) => svc.FindProbableDuplicatesAsync(input, null, ct))
            .WithMetadata(new Infrastructure.Audit.AuditAsSearch())
            .WithSummary("Người có thể trùng (cùng tên, ngày sinh, xã) / probable duplicates before saving");

        people.MapGet("/{personId:guid}", async (PeopleService svc, Guid personId, HttpResponse response, CancellationToken ct) =>
        {
            var person = await svc.GetAsync(personId, ct);
            ETags.Set(response, person.Version);
            return TypedResults.Ok(person);
        });

        people.MapPut("/{personId:guid}", async (PeopleService svc, Guid personId, PersonInput input, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var updated = await svc.UpdateAsync(personId, input, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, updated.Version);
            return TypedResults.Ok(updated);
        }).WithSummary("Cập nhật (cần If-Match) / update (If-Match required)");

        people.MapPost("/{personId:guid}/death", async (PeopleService svc, Guid personId, DeathInput body, HttpRequest request, HttpResponse response, CancellationToken ct) =>
        {
            var updated = await svc.RecordDeathAsync(personId, body.DiedOn, body.CauseCode, ETags.RequireIfMatch(request), ct);
            ETags.Set(response, updated.Version);
            return TypedResults.Ok(updated);
        }).WithSummary("Ghi nhận tử vong: ngày mất, nguyên nhân (ICD-10) nếu biết; đóng quản lý bệnh mạn (cần If-Match) / record a death");

        people.MapPost("/{personId:guid}/merge", (PeopleService svc, Guid personId, MergeRequest body, CancellationToken ct) =>
            svc.MergeAsync(personId, body.DuplicateId, ct))
            .WithSummary("Gộp hồ sơ trùng vào người này, giữ mọi hồ sơ của cả hai / merge a duplicate into this resident");

        return api;
    }

    /// <summary>Body of a death: the day, and the underlying cause as an ICD-10 code where known.</summary>
    public sealed record DeathInput(DateOnly DiedOn, string? CauseCode);
}
