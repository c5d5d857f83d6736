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
        return services;
    }
}
