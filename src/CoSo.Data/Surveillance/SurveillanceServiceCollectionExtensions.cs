using CoSo.Core.Surveillance;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.Data.Surveillance;

public static class SurveillanceServiceCollectionExtensions
{
    public static IServiceCollection AddSurveillance(this IServiceCollection services)
    {
        services.AddSingleton(_ => NotifiableDiseaseCatalogue.LoadDefault());
        services.AddScoped<CaseReportService>();
        services.AddScoped<SurveillanceCounts>();
        services.AddScoped<AlertService>();
        services.AddScoped<CaseLabResultService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<OutboxDrainer>();
        return services;
    }
}
