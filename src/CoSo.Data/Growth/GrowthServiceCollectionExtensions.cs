using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.Growth;

public static class GrowthServiceCollectionExtensions
{
    public static IServiceCollection AddGrowth(this IServiceCollection services)
    {
        services.AddSingleton<GrowthRehomeInterceptor>();
        services.ConfigureDbContext<SqliteCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<GrowthRehomeInterceptor>()));
        services.ConfigureDbContext<PostgresCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<GrowthRehomeInterceptor>()));
        services.AddScoped<GrowthService>();
        services.AddScoped<WeighingDueService>();
        return services;
    }
}
