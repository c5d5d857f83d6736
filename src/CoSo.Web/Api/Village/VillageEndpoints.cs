using System.IO.Compression;
using System.Text.Json;
using CoSo.Core.Identity;
using CoSo.Data.Village.Sync;
using CoSo.Web.Infrastructure.Auth;
using CoSo.Web.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace CoSo.Web.Api.Village;

/// <summary>The village app's sync API, version 1 (docs/village-app.md), and the station's inbox of what it sends.</summary>
public static class VillageEndpoints
{
    public const string DeviceHeader = "X-CoSo-Device";
    public const string TokenHeader = "X-CoSo-Device-Token";
    public const string PendingHeader = "X-CoSo-Pending";
    public const string FailedHeader = "X-CoSo-Failed";

    public sealed record DeviceRequest(string? Name);

    public sealed record ResolveRequest(bool AdoptPhoneValue);

    public static RouteGroupBuilder MapVillage(this RouteGroupBuilder api)
    {
        var v = api.MapGroup("/village").WithTags("Village app");
        v.MapPost("/devices", async (VillageSyncService svc, DeviceRequest? body, CancellationToken ct) =>
            TypedResults.Created("/api/v1/village/devices", await svc.RegisterDeviceAsync(body?.Name, ct)))
            .RequireCapability(Capability.SyncVillageApp).WithSummary("Đăng ký điện thoại / register this phone");
        // The device in the headers, as on every sync call (not in the path: the answer for an unknown device is "not
        // active", not a 404, so that a phone of a restored server keeps its records).
        v.MapGet("/devices/status", async (HttpRequest request, VillageSyncService svc, CancellationToken ct) =>
        {
            var (device, token) = DeviceOf(request);
            return TypedResults.Ok(await svc.StatusAsync(device, token, ct));
        })
            .AllowAnonymous().WithSummary("Thiết bị còn hiệu lực? (không cần đăng nhập) / is the device active (no session needed)");
        v.MapGet("/sync", async (HttpContext http, VillageSyncService svc, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, string? since, CancellationToken ct) =>
        {
            var (device, token) = DeviceOf(http.Request);
            var payload = await svc.DownloadAsync(device, token, since, Count(http.Request, PendingHeader), Count(http.Request, FailedHeader), ct);
            await WriteCompressedAsync(http, payload, json.Value.SerializerOptions, ct);
        }).RequireCapability(Capability.SyncVillageApp).Produces<VillageSyncPayload>().WithSummary("Tải dữ liệu thôn (thay đổi từ cursor) / download the village");
        v.MapPost("/sync/upload", async (HttpRequest request, VillageUploadService svc, SyncUpload body, CancellationToken ct) =>
        {
            var (device, token) = DeviceOf(request);
            return TypedResults.Ok(await svc.UploadAsync(device, token, body, ct));
        }).RequireCapability(Capability.SyncVillageApp).WithSummary("Gửi bản ghi từ điện thoại (mỗi bản ghi lưu một lần) / upload the phone's records");

        var station = v.MapGroup("/").RequireCapability(Capability.ReviewVillageReports);
        station.MapGet("/inbox", (VillageInboxService svc, bool? open, CancellationToken ct) => svc.ListAsync(open ?? false, ct: ct))
            .WithSummary("Bản ghi y tế thôn gửi về / what the village health workers sent");
        station.MapGet("/devices", (VillageInboxService svc, CancellationToken ct) => svc.DevicesAsync(ct))
            .WithSummary("Điện thoại của y tế thôn, lần đồng bộ cuối / the workers' phones and their last sync");
        station.MapPost("/devices/{id:guid}/revoke", async (Guid id, VillageInboxService svc, CancellationToken ct) =>
        {
            await svc.RevokeDeviceAsync(id, ct);
            return TypedResults.NoContent();
        }).WithSummary("Thu hồi điện thoại (xóa dữ liệu ở lần kết nối sau) / revoke a phone (wiped at its next contact)");
        station.MapPost("/inbox/{id:guid}/resolve", async (Guid id, ResolveRequest body, HttpRequest request, VillageInboxService svc, CancellationToken ct) =>
        {
            await svc.ResolveAsync(id, body.AdoptPhoneValue, ETags.RequireIfMatch(request), ct);
            return TypedResults.NoContent();
        }).WithSummary("Xử lý xung đột (cần If-Match) / settle a conflict");
        return api;
    }

    private static (Guid Device, string? Token) DeviceOf(HttpRequest request) =>
        (Guid.TryParse(request.Headers[DeviceHeader].ToString(), out var id) ? id : Guid.Empty, request.Headers[TokenHeader].ToString());

    private static int? Count(HttpRequest request, string header) => int.TryParse(request.Headers[header].ToString(), out var n) ? n : null;

    /// <summary>The payload brotli- or gzip-compressed when the phone accepts it (a village of 2,000 residents is ~1 MB of JSON).</summary>
    private static async Task WriteCompressedAsync(HttpContext http, VillageSyncPayload payload, JsonSerializerOptions options, CancellationToken ct)
    {
        var accept = http.Request.Headers.AcceptEncoding.ToString();
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.Vary = "Accept-Encoding";
        http.Response.Headers.CacheControl = "no-store";
        Stream body = http.Response.Body;
        Stream? compressor = null;
        if (accept.Contains("br", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.Headers.ContentEncoding = "br";
            compressor = new BrotliStream(body, CompressionLevel.Fastest, leaveOpen: true);
        }
        else if (accept.Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.Headers.ContentEncoding = "gzip";
            compressor = new GZipStream(body, CompressionLevel.Fastest, leaveOpen: true);
        }

        await JsonSerializer.SerializeAsync(compressor ?? body, payload, options, ct);
        if (compressor is not null)
        {
            await compressor.DisposeAsync();
        }
    }
}
