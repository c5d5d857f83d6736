using CoSo.Data.Indicators;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.Maternal;

public static class MaternalServiceCollectionExtensions
{
    public static IServiceCollection AddMaternal(this IServiceCollection services)
    {
        services.AddSingleton<MaternalRehomeInterceptor>();
        services.ConfigureDbContext<SqliteCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<MaternalRehomeInterceptor>()));
        services.ConfigureDbContext<PostgresCoSoDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<MaternalRehomeInterceptor>()));
        services.AddScoped<PregnancyCardService>();
        services.AddScoped<PregnancyRegisterService>();
        services.AddScoped<AntenatalService>();
        services.AddScoped<AncDueService>();
        services.AddScoped<DeliveryService>();
        services.AddScoped<PostnatalService>();
        services.AddScoped<PostnatalDueService>();
        services.AddIndicatorSource<AncFourVisitsSource>();
        services.AddIndicatorSource<AncTetanusSource>();
        services.AddIndicatorSource<SkilledBirthsSource>();
        services.AddIndicatorSource<PostnatalFirstWeekSource>();
        services.AddIndicatorSource<StillbirthsSource>();
        services.AddIndicatorSource<MaternalDeathsSource>();
        return services;
    }
}
