using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoSo.Web.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics (docs/observability.md): HTTP requests, EF Core commands and CoSo's background jobs,
/// exported over OTLP when an endpoint is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or
/// <c>CoSo:Telemetry:OtlpEndpoint</c>) or turned on with <c>CoSo:Telemetry:Enabled</c>. Spans carry routes and ids,
/// never names: the query string is redacted by the ASP.NET Core instrumentation, SQL is recorded without parameter values.
/// </summary>
public static class CoSoTelemetry
{
    public const string ServiceName = "coso-web";

    public static readonly ActivitySource Jobs = new("CoSo.Jobs");

    public static readonly Meter Meter = new("CoSo");

    private static readonly Counter<long> JobRuns = Meter.CreateCounter<long>("coso.job.runs", description: "Background job runs");

    private static readonly Counter<long> JobFailures = Meter.CreateCounter<long>("coso.job.failures", description: "Background job runs that failed");

    /// <summary>A span for one run of a job, counted in <c>coso.job.runs</c>.</summary>
    public static Activity? StartJob(string job)
    {
        JobRuns.Add(1, new KeyValuePair<string, object?>("job", job));
        return Jobs.StartActivity("job " + job, ActivityKind.Internal)?.SetTag("coso.job", job);
    }

    public static void JobFailed(Activity? activity, string job, Exception e)
    {
        JobFailures.Add(1, new KeyValuePair<string, object?>("job", job));
        activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
    }

    public static IServiceCollection AddCoSoTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["CoSo:Telemetry:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) && !configuration.GetValue<bool>("CoSo:Telemetry:Enabled"))
        {
            return services;
        }

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.RecordException = true)
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(Jobs.Name))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meter.Name, CoSo.Data.Operations.ReadDatabase.MeterName));
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            otel.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint));
        }

        return services;
    }
}
