using System.Text;
using CoSo.Core.Common;
using CoSo.Core.Identity;
using CoSo.Core.Indicators;
using CoSo.Data.Indicators;
using CoSo.Data.Indicators.Dhis2;
using CoSo.Data.Indicators.Population;
using CoSo.Data.Indicators.Reports;
using CoSo.Web.Infrastructure.Audit;
using CoSo.Web.Infrastructure.Auth;
using CoSo.Web.Infrastructure.Excel;

namespace CoSo.Web.Api.Indicators;

public static class IndicatorEndpoints
{
    public const string XlsxContentType = ListWorkbook.ContentType;

    public static RouteGroupBuilder MapIndicators(this RouteGroupBuilder api)
    {
        var ind = api.MapGroup("/indicators").WithTags("Indicators");
        ind.MapGet("/", (IndicatorRegistry registry) => registry.Definitions).WithSummary("Định nghĩa chỉ tiêu / indicator definitions");
        ind.MapGet("/dashboard", (IndicatorQuery q, Guid orgUnitId, string period, CancellationToken ct) => q.DashboardAsync(orgUnitId, ParsePeriod(period), ct))
            .WithSummary("Chỉ tiêu của một đơn vị và kỳ / targets of a unit and period");
        ind.MapPost("/recompute", async (IndicatorEngine engine, string? period, bool? all, CancellationToken ct) =>
            all == true || period is not null
                ? await engine.RecomputeAllAsync(ParsePeriod(period ?? throw Invalid("period")), ct)
                : await engine.RecomputeDirtyAsync(ct))
            .RequireCapability(Capability.ComputeIndicators)
            .WithSummary("Tính lại chỉ tiêu / recompute (dirty pairs, or every station of a period)");
        ind.MapGet("/export/dhis2", async (Dhis2Exporter exporter, TimeProvider time, string orgUnit, string period, string? format, CancellationToken ct) =>
        {
            var set = await exporter.DataValueSetAsync(orgUnit, ParsePeriod(period), Dhis2Mapping.Load(Dhis2Exporter.DefaultMappingPath), ct);
            return format == "adx"
                ? Results.Text(Dhis2Exporter.ToAdx(set, time.GetUtcNow()).ToString(), "application/adx+xml", Encoding.UTF8)
                : Results.Text(Dhis2Exporter.ToJson(set), "application/json", Encoding.UTF8);
        }).WithSummary("Xuất DHIS2 (dataValueSets JSON hoặc ADX) / DHIS2 export");

        // Population figures (the denominator T1 and T3 are judged on): read in scope, written by the province.
        ind.MapGet("/population", (PopulationService svc, Guid orgUnitId, int? year, CancellationToken ct) => svc.ListAsync(orgUnitId, year, ct))
            .WithSummary("Số liệu dân số của đơn vị và các đơn vị trực thuộc / population figures of a unit and the units below");
        ind.MapGet("/population/{orgUnitId:guid}/{year:int}", (PopulationService svc, Guid orgUnitId, int year, CancellationToken ct) => svc.ResolveAsync(orgUnitId, year, ct))
            .WithSummary("Dân số dùng làm mẫu số của T1, T3 trong năm / the population T1 and T3 are divided by in a year");
        ind.MapPut("/population/{orgUnitId:guid}/{year:int}", (PopulationService svc, Guid orgUnitId, int year, PopulationInput input, CancellationToken ct) => svc.SetAsync(orgUnitId, year, input, ct))
            .WithSummary("Ghi số liệu dân số (Sở Y tế, quản trị) / store a population figure (provincial manager, administrator)");
        ind.MapDelete("/population/{orgUnitId:guid}/{year:int}", async (PopulationService svc, Guid orgUnitId, int year, CancellationToken ct) =>
        {
            await svc.DeleteAsync(orgUnitId, year, ct);
            return TypedResults.NoContent();
        }).WithSummary("Xóa số liệu dân số / remove a population figure");

        ind.MapGet("/{code}/breakdown", (IndicatorQuery q, string code, Guid orgUnitId, string period, CancellationToken ct) => q.BreakdownAsync(code, orgUnitId, ParsePeriod(period), ct))
            .WithSummary("Phân tổ theo giới tính, nhóm tuổi / disaggregation by sex and age group");

        // The residents behind a figure: person-level, so every listed resident is audited as read.
        ind.MapGet("/{code}/residents", (IndicatorQuery q, string code, Guid orgUnitId, string period, string part, int? page, int? pageSize, CancellationToken ct) =>
            q.ResidentsAsync(code, orgUnitId, ParsePeriod(period), part, page ?? 1, pageSize ?? 50, ct))
            .AddEndpointFilter<PersonAuditFilter>().WithSummary("Danh sách người dân sau một con số / residents behind a figure");

        api.MapGet("/reports/{form}/xlsx", async (ReportWorkbook workbook, string form, Guid orgUnitId, string period, CancellationToken ct) =>
        {
            var bytes = await workbook.BuildAsync(form, orgUnitId, ParsePeriod(period), ct);
            return Results.File(bytes, XlsxContentType, $"{form}-{period}.xlsx");
        }).WithTags("Reports").WithSummary("Báo cáo Excel theo mẫu / report form as Excel");
        return api;
    }

    private static Period ParsePeriod(string period) => Period.TryParse(period, out var p) ? p : throw Invalid("period");

    private static DomainValidationException Invalid(string field)
    {
        var errors = new ValidationErrors();
        errors.Add(field, "indicators.period");
        return new DomainValidationException(errors.Errors);
    }
}
