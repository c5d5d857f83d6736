using CoSo.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoSo.Web.Infrastructure;

/// <summary>/health answers Healthy only when the database answers.</summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoSoDbContext>();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy(db.Database.ProviderName)
            : HealthCheckResult.Unhealthy("database unreachable");
    }
}
